// Launcher of the command line: runs an esbuild bundle of src/cli (rebuilt only when a source file
// is newer than it), so the command and its worker threads start in plain Node, without tsx, and
// load one file each instead of hundreds of modules (apache-arrow alone takes ≈180 ms otherwise).
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'atlas-cli');
const entries = {
  atlas: join(root, 'src/cli/atlas.ts'),
  'overlay-thread': join(root, 'src/lib/node/overlay-thread.ts')
};

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function builtAt() {
  try {
    return Math.min(...Object.keys(entries).map((n) => statSync(join(out, `${n}.mjs`)).mtimeMs));
  } catch {
    return 0;
  }
}

const sources = Math.max(
  newest(join(root, 'src')),
  statSync(join(root, 'package-lock.json')).mtimeMs,
  statSync(fileURLToPath(import.meta.url)).mtimeMs
);
if (builtAt() < sources) {
  rmSync(out, { recursive: true, force: true }); // no chunks of an earlier build left behind
  await build({
    entryPoints: entries,
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // One chunk per command's code: a command compiles only the modules it runs.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'node20',
    // A native module (the team library's SQLite store): loaded from node_modules at run time.
    external: ['better-sqlite3'],
    // CommonJS dependencies (shapefile's file readers) call require() for Node built-ins.
    banner: {
      // CommonJS code in the ESM bundle (DuckDB-WASM's Node build) needs require and __dirname.
      js: "import { createRequire as atlasCreateRequire } from 'node:module'; import { fileURLToPath as atlasFileURLToPath } from 'node:url'; const require = atlasCreateRequire(import.meta.url); const __filename = atlasFileURLToPath(import.meta.url); const __dirname = atlasFileURLToPath(new globalThis.URL('.', import.meta.url));"
    },
    logLevel: 'error'
  });
}
await import(pathToFileURL(join(out, 'atlas.mjs')).href);
