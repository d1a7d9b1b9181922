// Serves the bundled data/ files listed in data/manifest.json, gzipped once and kept in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataDir } from './data-dir';

interface Entry {
  file: string;
  sha256: string;
}
export interface DataFile {
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
  type: string;
}

const cache = new Map<string, DataFile>();
let allowed: Map<string, Entry> | null = null;

function manifest(): Map<string, Entry> {
  if (!allowed) {
    const m = JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as {
      layers: Record<string, Entry>;
      display: Entry;
    };
    allowed = new Map([...Object.values(m.layers), m.display].map((e) => [e.file, e]));
  }
  return allowed;
}

/** The file and its gzip, or null when the name is not a bundled data file. */
export function dataFile(name: string): DataFile | null {
  const entry = manifest().get(name);
  if (!entry) return null;
  let f = cache.get(name);
  if (!f) {
    const body = new Uint8Array(readFileSync(join(dataDir(), entry.file)));
    f = {
      body,
      gzip: new Uint8Array(gzipSync(body, { level: 6 })),
      etag: `"${entry.sha256.slice(0, 32)}"`,
      type: name.endsWith('.arrow') ? 'application/vnd.apache.arrow.stream' : 'application/json'
    };
    cache.set(name, f);
  }
  return f;
}
