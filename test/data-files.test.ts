// /data/<file> serves only the files the manifest lists, byte-identical once decompressed.
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataFile } from '../src/lib/server/data-files';

describe('dataFile', () => {
  it('serves a bundled Arrow file with its brotli, gzip and a content hash as ETag', async () => {
    const f = dataFile('pdet.arrow')!;
    const onDisk = readFileSync('data/pdet.arrow');
    expect(Buffer.from(f.body).equals(onDisk)).toBe(true);
    expect(gunzipSync((await f.encoded('gzip'))!).equals(onDisk)).toBe(true);
    expect(brotliDecompressSync((await f.encoded('br'))!).equals(onDisk)).toBe(true);
    expect(f.type).toBe('application/vnd.apache.arrow.stream');
    const sha = JSON.parse(readFileSync('data/manifest.json', 'utf8')).layers.pdet.sha256 as string;
    expect(f.etag).toBe(`"${sha.slice(0, 32)}"`);
  });

  it('refuses names outside the manifest, including path traversal', () => {
    for (const name of [
      'manifest.json',
      '../package.json',
      '..%2Fpackage.json',
      'nada.arrow',
      ''
    ]) {
      expect(dataFile(name), name).toBeNull();
    }
  });
});
