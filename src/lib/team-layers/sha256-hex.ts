// SHA-256 (hex) of the uploaded files with Web Crypto (browser and Node alike): one file's bytes,
// or the parts sorted by name and concatenated.
import type { InputFile } from '../import/import-error';

export async function sha256Hex(files: readonly InputFile[]): Promise<string> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const all = new Uint8Array(sorted.reduce((n, f) => n + f.bytes.byteLength, 0));
  let at = 0;
  for (const f of sorted) {
    all.set(f.bytes, at);
    at += f.bytes.byteLength;
  }
  const digest = await crypto.subtle.digest('SHA-256', all);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
