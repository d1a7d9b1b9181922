// adapter-node with Atlas's precompression: the adapter's own `precompress` (brotli 11 and
// gzip 9 of every file, ≈90 s for the DuckDB wasm on each build) is swapped for precompressFiles,
// which caches by content hash. The adapter still runs with `precompress: true`, so its static
// server (sirv) answers with the .br/.gz siblings, `Content-Encoding` and `Vary: Accept-Encoding`.
// The bundled data/ files get their encodings too, in build/encoded/<sha256>.br|.gz, which
// /data/<file> serves (src/lib/server/data-files.ts).
import adapter from '@sveltejs/adapter-node';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { COMPRESSIBLE, precompressFiles } from './precompress-files.js';

const CACHE = 'node_modules/.cache/atlas-precompress';
const mb = (/** @type {number} */ n) => `${(n / 1e6).toFixed(1)} MB`;

/** Every compressible file under `dir`. @param {string} dir @returns {string[]} */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

/** The data/ files the manifest lists (what /data/<file> serves). @param {string} dir */
function dataFiles(dir) {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return [];
  /** @type {{ layers: Record<string, { file: string }>; display: { file: string } }} */
  const m = JSON.parse(readFileSync(manifest, 'utf8'));
  return [...Object.values(m.layers), m.display].map((e) => join(dir, e.file));
}

/** @param {import('@sveltejs/adapter-node').AdapterOptions} [options] */
export default function atlasAdapter(options = {}) {
  const inner = adapter({ ...options, precompress: true });
  const out = options.out ?? 'build';
  return {
    ...inner,
    name: 'atlas-adapter-node',
    /** @param {import('@sveltejs/kit').Builder} builder */
    async adapt(builder) {
      const encoded = join(out, 'encoded');
      /** @param {string} directory */
      const compress = async (directory) => {
        const started = performance.now();
        const jobs = listFiles(directory).map((source) => ({
          source,
          target: (/** @type {'br' | 'gz'} */ ext) => `${source}.${ext}`
        }));
        // The client folder is compressed once; the data files ride along with it.
        if (resolve(directory) === resolve(out, 'client')) {
          mkdirSync(encoded, { recursive: true });
          for (const source of dataFiles(process.env.ATLAS_DATA_DIR ?? 'data'))
            jobs.push({ source, target: (ext, sha) => join(encoded, `${sha}.${ext}`) });
        }
        if (!jobs.length) return;
        const r = await precompressFiles(jobs, CACHE);
        builder.log.minor(
          `Compressed ${relative('.', directory)}: ${r.files} files, ${r.compressed} new encodings, ` +
            `${r.cached} from the cache (${mb(r.bytesIn)} → br ${mb(r.bytesOut.br)}, gzip ${mb(r.bytesOut.gz)}) ` +
            `in ${((performance.now() - started) / 1000).toFixed(1)} s`
        );
      };
      return inner.adapt(Object.assign(Object.create(builder), { compress }));
    }
  };
}
