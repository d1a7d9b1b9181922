// Brotli and gzip of build files, kept in a cache keyed by content hash and settings
// (node_modules/.cache/atlas-precompress): a build compresses only bytes it has not seen, so
// only a fresh clone or a new DuckDB pays the slow brotli 11. Async zlib, as many at once as there
// are cores, biggest first. Brotli 11, window 2^24, on duckdb-eh.wasm (34.2 MB): 5.07 MB in ≈78 s
// (quality 5: 6.19 MB in 0.8 s; 9: 5.89 MB in 8 s; 10: 5.38 MB in 43 s); gzip 9: 7.68 MB in 1.1 s.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  utimes,
  writeFile
} from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const { constants: C } = zlib;

/** Files worth compressing: text and WebAssembly (images, fonts, archives already are). */
export const COMPRESSIBLE = new Set(
  ['.js', '.mjs', '.cjs', '.css', '.html', '.json', '.svg', '.wasm', '.txt', '.xml', '.map'].concat(
    ['.webmanifest', '.topojson', '.geojson', '.arrow', '.pbf', '.csv']
  )
);
/** Below this a file fits in a packet or two: not worth a sibling. */
export const MIN_BYTES = 1024;
/** A coding that saves less than this fraction is not written (the plain file is served). */
const MIN_SAVING = 0.1;
const STALE_DAYS = 30;
const BINARY = new Set(['.wasm', '.arrow', '.pbf']);

/** @typedef {'br' | 'gz'} Ext */
/** @typedef {{ source: string; target: (ext: Ext, sha256: string) => string }} Job */

/** Brotli quality: 11 unless ATLAS_BROTLI_QUALITY asks for less (a fast first build, e.g. CI). */
const QUALITY = Math.min(11, Math.max(1, Number(process.env.ATLAS_BROTLI_QUALITY ?? 11) || 11));

/** @param {Buffer} bytes @param {Ext} ext @param {string} name */
function compress(bytes, ext, name) {
  if (ext === 'gz') return gzip(bytes, { level: 9 });
  return brotli(bytes, {
    params: {
      [C.BROTLI_PARAM_MODE]: BINARY.has(extname(name)) ? C.BROTLI_MODE_GENERIC : C.BROTLI_MODE_TEXT,
      [C.BROTLI_PARAM_QUALITY]: QUALITY,
      [C.BROTLI_PARAM_LGWIN]: 24,
      [C.BROTLI_PARAM_SIZE_HINT]: bytes.length
    }
  });
}
const SETTINGS = { br: `br${QUALITY}w24`, gz: 'gz9' };

/**
 * Writes each job's `.br` and `.gz` (when they save ≥ 10 %) where `target` says.
 * @param {Job[]} jobs
 * @param {string} cacheDir
 * @returns {Promise<{ files: number; compressed: number; cached: number; bytesIn: number; bytesOut: Record<Ext, number> }>}
 */
export async function precompressFiles(jobs, cacheDir) {
  await mkdir(cacheDir, { recursive: true });
  const sized = await Promise.all(
    jobs.map(async (j) => ({ ...j, size: (await stat(j.source)).size }))
  );
  const work = sized
    .filter((j) => j.size >= MIN_BYTES)
    .flatMap((j) => /** @type {Ext[]} */ (['br', 'gz']).map((ext) => ({ ...j, ext })))
    .sort((a, b) => b.size - a.size);
  /** @type {Map<string, Promise<{ bytes: Buffer; sha: string }>>} */
  const reads = new Map();
  const read = (/** @type {string} */ f) => {
    let r = reads.get(f);
    if (!r) {
      r = readFile(f).then((bytes) => ({
        bytes,
        sha: createHash('sha256').update(bytes).digest('hex')
      }));
      reads.set(f, r);
    }
    return r;
  };
  const used = new Set();
  const stats = {
    files: new Set(work.map((w) => w.source)).size,
    compressed: 0,
    cached: 0,
    bytesIn: 0
  };
  const bytesOut = { br: 0, gz: 0 };
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const w = /** @type {(typeof work)[number]} */ (work[next++]);
      const { bytes, sha } = await read(w.source);
      const key = `${sha}.${SETTINGS[w.ext]}`;
      const cached = join(cacheDir, key);
      used.add(key);
      if (existsSync(cached)) {
        stats.cached++;
        const now = new Date();
        await utimes(cached, now, now);
      } else {
        stats.compressed++;
        const out = await compress(bytes, w.ext, w.source);
        const tmp = `${cached}.${process.pid}.tmp`;
        await writeFile(tmp, out);
        await rename(tmp, cached);
      }
      const size = (await stat(cached)).size;
      if (w.ext === 'br') stats.bytesIn += bytes.length;
      if (size <= bytes.length * (1 - MIN_SAVING)) {
        await copyFile(cached, w.target(w.ext, sha));
        bytesOut[w.ext] += size;
      } else bytesOut[w.ext] += bytes.length;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  await prune(cacheDir, used);
  return { ...stats, bytesOut };
}

/** Drops cache entries this build did not use and nothing has used for a month. */
async function prune(/** @type {string} */ dir, /** @type {Set<string>} */ used) {
  const old = Date.now() - STALE_DAYS * 86_400_000;
  for (const name of await readdir(dir)) {
    if (used.has(name)) continue;
    const p = join(dir, name);
    if ((await stat(p)).mtimeMs < old) await unlink(p);
  }
}
