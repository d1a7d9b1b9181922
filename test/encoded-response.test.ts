// encodedResponse: the coding the request accepts, Vary, one ETag per representation, 304s.
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EncodedBodies } from '../src/lib/server/http/encoded-bodies';
import { encodedResponse } from '../src/lib/server/http/encoded-response';

const text = new TextEncoder().encode('municipio,'.repeat(5000));
const bodies = new EncodedBodies(1 << 20);
let reads = 0;
const source = (body: Uint8Array<ArrayBuffer> = text) => ({
  body: async () => {
    reads++;
    return body;
  },
  etag: '"abc"',
  headers: { 'content-type': 'text/csv', 'cache-control': 'public, max-age=60' },
  encoded: (coding: 'br' | 'gzip', b: Uint8Array) => bodies.get(`${body.length}`, coding, b)
});
const get = (headers: Record<string, string> = {}, body?: Uint8Array<ArrayBuffer>) =>
  encodedResponse(new Request('http://x/f', { headers }), source(body));

describe('encodedResponse', () => {
  it('sends br, gzip or the plain bytes by Accept-Encoding, with Vary and a tag per coding', async () => {
    const br = await get({ 'accept-encoding': 'gzip, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('etag')).toBe('"abc-br"');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=60');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
    expect(brotliDecompressSync(brBytes).equals(Buffer.from(text))).toBe(true);

    const gz = await get({ 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('etag')).toBe('"abc-gzip"');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(Buffer.from(text))).toBe(true);

    const plainAsks: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0' }
    ];
    for (const h of plainAsks) {
      const plain = await get(h);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('etag')).toBe('"abc"');
      expect(plain.headers.get('vary')).toBe('Accept-Encoding');
      expect(Buffer.from(await plain.arrayBuffer()).equals(Buffer.from(text))).toBe(true);
    }
  });

  it('answers 304 to a tag of any representation without reading the body', async () => {
    const before = reads;
    for (const tag of ['"abc-br"', 'W/"abc"', '"otra", "abc-gzip"', '*']) {
      const r = await get({ 'accept-encoding': 'br', 'if-none-match': tag });
      expect(r.status, tag).toBe(304);
      expect(r.headers.get('etag')).toBe('"abc-br"');
      expect(r.headers.get('vary')).toBe('Accept-Encoding');
    }
    expect(reads).toBe(before);
    expect((await get({ 'if-none-match': '"otra"' })).status).toBe(200);
  });

  it('sends the plain bytes when a coding would not shrink them', async () => {
    const noise = new Uint8Array(randomBytes(64));
    const r = await get({ 'accept-encoding': 'br' }, noise);
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(r.headers.get('etag')).toBe('"abc"');
    expect((await r.arrayBuffer()).byteLength).toBe(64);
  });
});
