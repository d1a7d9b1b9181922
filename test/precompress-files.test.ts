// The build's precompression: .br/.gz siblings that decode to the file, a content-hash cache that
// a second build reuses, and no sibling for tiny or incompressible files.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFiles } from '../scripts/precompress/precompress-files.js';

const dir = mkdtempSync(join(tmpdir(), 'atlas-precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressFiles', () => {
  it('writes siblings that decode to the file, and a second run takes them from the cache', async () => {
    const text = join(dir, 'app.js');
    const tiny = join(dir, 'tiny.js');
    const noise = join(dir, 'noise.wasm');
    writeFileSync(text, 'export const municipio = "Segovia";\n'.repeat(3000));
    writeFileSync(tiny, 'export {};\n');
    writeFileSync(noise, randomBytes(20_000));
    const jobs = [text, tiny, noise].map((source) => ({
      source,
      target: (ext: 'br' | 'gz') => `${source}.${ext}`
    }));
    const cache = join(dir, 'cache');
    const first = await precompressFiles(jobs, cache);
    expect(first).toMatchObject({ files: 2, compressed: 4, cached: 0 });
    const plain = readFileSync(text);
    expect(brotliDecompressSync(readFileSync(`${text}.br`)).equals(plain)).toBe(true);
    expect(gunzipSync(readFileSync(`${text}.gz`)).equals(plain)).toBe(true);
    for (const f of [`${tiny}.br`, `${tiny}.gz`, `${noise}.br`, `${noise}.gz`])
      expect(existsSync(f), f).toBe(false);

    rmSync(`${text}.br`);
    const second = await precompressFiles(jobs, cache);
    expect(second).toMatchObject({ files: 2, compressed: 0, cached: 4 });
    expect(readFileSync(`${text}.br`).length).toBeLessThan(plain.length / 10);
  });

  it('names a target by the content hash when asked (the data/ files)', async () => {
    const source = join(dir, 'capa.arrow');
    writeFileSync(source, Buffer.alloc(50_000, 7));
    const names: string[] = [];
    await precompressFiles(
      [{ source, target: (ext, sha) => (names.push(sha), join(dir, `${sha}.${ext}`)) }],
      join(dir, 'cache')
    );
    expect(names[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(dir, `${names[0]}.br`))).toBe(true);
  });
});
