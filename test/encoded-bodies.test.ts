// EncodedBodies compresses a body once per key and coding and keeps within its byte budget.
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EncodedBodies } from '../src/lib/server/http/encoded-bodies';

const body = (s: string) => new TextEncoder().encode(s.repeat(2000));

describe('EncodedBodies', () => {
  it('compresses once per key and coding, and prefers a stored encoding', async () => {
    const cache = new EncodedBodies(1 << 20);
    const a = body('a');
    const first = await cache.get('k', 'br', a);
    expect(brotliDecompressSync(first!).equals(Buffer.from(a))).toBe(true);
    expect(await cache.get('k', 'br', a)).toBe(first);
    expect(await cache.get('k', 'gzip', a)).not.toBe(first);
    const stored = new Uint8Array([1, 2, 3]);
    expect(await cache.get('s', 'br', a, async () => stored)).toBe(stored);
  });

  it('drops the least recently used encodings beyond the budget', async () => {
    const cache = new EncodedBodies(1);
    const first = await cache.get('one', 'br', body('uno'));
    await cache.get('two', 'br', body('dos'));
    expect(await cache.get('one', 'br', body('uno'))).not.toBe(first);
  });
});
