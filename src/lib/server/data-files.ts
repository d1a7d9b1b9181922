// Serves the bundled data/ files listed in data/manifest.json, kept in memory. Their brotli and
// gzip come from the build (build/encoded/<sha256>.br|.gz, written at brotli 11 by
// scripts/precompress; ATLAS_ENCODED_DIR names another folder) or, for a data folder the build
// did not see, are compressed on first request and kept (EncodedBodies).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dataDir } from './data-dir';
import { EncodedBodies } from './http/encoded-bodies';
import type { ContentCoding } from './http/negotiate-encoding';

interface Entry {
  file: string;
  sha256: string;
}
export interface DataFile {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  type: string;
  /** The file in a coding (null when it would not shrink). */
  encoded: (coding: Exclude<ContentCoding, 'identity'>) => Promise<Uint8Array<ArrayBuffer> | null>;
}

const EXTENSION = { br: 'br', gzip: 'gz' } as const;
const encodedDir = () => resolve(process.env.ATLAS_ENCODED_DIR ?? 'build/encoded');
// data/ is ≈34 MB; its encodings ≈10 MB.
const bodies = new EncodedBodies(64 << 20);
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

/** The build's encoding of the bytes with this SHA-256, or null when it has none. */
async function prebuilt(sha256: string, coding: keyof typeof EXTENSION) {
  try {
    return new Uint8Array(await readFile(join(encodedDir(), `${sha256}.${EXTENSION[coding]}`)));
  } catch {
    return null;
  }
}

/** The file, its entity tag and encodings, or null when the name is not a bundled data file. */
export function dataFile(name: string): DataFile | null {
  const entry = manifest().get(name);
  if (!entry) return null;
  let f = cache.get(name);
  if (!f) {
    const body = new Uint8Array(readFileSync(join(dataDir(), entry.file)));
    const etag = `"${entry.sha256.slice(0, 32)}"`;
    f = {
      body,
      etag,
      type: name.endsWith('.arrow') ? 'application/vnd.apache.arrow.stream' : 'application/json',
      encoded: (coding) => bodies.get(etag, coding, body, () => prebuilt(entry.sha256, coding))
    };
    cache.set(name, f);
  }
  return f;
}
