// Compression in real headless Chromium: the DuckDB wasm, the biggest JS chunk and the data/ Arrow
// files arrive as brotli; clients that accept only gzip or nothing get gzip or the plain bytes,
// which decode to the same bytes; hashed assets are cached as immutable; every answer says Vary.
import { request as httpGet } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApp, type RunningApp } from './harness';

interface Seen {
  url: string;
  headers: Record<string, string>;
}

let app: RunningApp;
let browser: Browser;
const seen: Seen[] = [];

/** The raw bytes and headers of a GET, with no decoding (Node's fetch would decode). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpGet(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body: Buffer.concat(chunks)
          })
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    }
  );
}

const decode = (r: { headers: Record<string, string>; body: Buffer }) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

const find = (test: (url: URL) => boolean, what: string) => {
  const hits = seen.filter((s) => test(new URL(s.url)));
  if (!hits.length) throw new Error(`Chromium no pidió ${what}`);
  return hits;
};

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  page.on('response', async (r) => {
    if (r.status() === 200) seen.push({ url: r.url(), headers: await r.allHeaders() });
  });
  await page.goto(app.url);
  // The home map starts the engine when asked: the SQL console does.
  await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Consulta SQL' }).click();
  await page.locator('[data-testid="analisis-listo"]').waitFor({ timeout: 90_000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('compression', () => {
  it('Chromium gets the DuckDB wasm, the biggest JS chunk and the data/ Arrow files in brotli', async () => {
    const wasm = find((u) => /\/duckdb-eh\.[\w-]+\.wasm$/.test(u.pathname), 'el wasm de DuckDB');
    const chunks = find((u) => /\/_app\/immutable\/.*\.js$/.test(u.pathname), 'JS');
    const sizes = await Promise.all(
      chunks.map(async (c) => (await rawGet(c.url, {})).body.byteLength)
    );
    const main = chunks[sizes.indexOf(Math.max(...sizes))]!;
    expect(Math.max(...sizes)).toBeGreaterThan(500_000);
    const arrows = find((u) => /^\/data\/[\w-]+\.arrow$/.test(u.pathname), 'archivos Arrow');
    for (const s of [...wasm, main, ...arrows]) {
      expect(s.headers['content-encoding'], s.url).toBe('br');
      expect(s.headers['vary'], s.url).toMatch(/accept-encoding/i);
    }
    for (const s of [...wasm, main])
      expect(s.headers['cache-control'], s.url).toBe('public,max-age=31536000,immutable');
  });

  it('gives identity, gzip or brotli to a Node client by its Accept-Encoding, same bytes', async () => {
    const wasm = find((u) => u.pathname.endsWith('.wasm'), 'el wasm')[0]!.url;
    const arrow = `${app.url}/data/municipios.arrow`;
    const tile = `${app.url}/tiles/4/4/7.pbf`;
    for (const url of [wasm, arrow, tile, `${app.url}/`]) {
      const none = await rawGet(url, {});
      const identity = await rawGet(url, { 'accept-encoding': 'identity' });
      const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
      const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect([none.status, identity.status, gzip.status, br.status], url).toEqual([
        200, 200, 200, 200
      ]);
      expect(none.headers['content-encoding'], url).toBeUndefined();
      expect(identity.headers['content-encoding'], url).toBeUndefined();
      if (url.endsWith('/')) continue; // the page itself is rendered per request
      expect(gzip.headers['content-encoding'], url).toBe('gzip');
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.body.byteLength, url).toBeLessThan(gzip.body.byteLength);
      expect(gzip.body.byteLength, url).toBeLessThan(identity.body.byteLength);
      for (const r of [none, identity, gzip, br]) {
        expect(r.headers['vary'], url).toMatch(/accept-encoding/i);
        expect(decode(r).equals(identity.body), url).toBe(true);
      }
      expect(Number(identity.headers['content-length']), url).toBe(identity.body.byteLength);
    }
  });

  it('answers a data file revalidation with 304 per representation', async () => {
    const url = `${app.url}/data/municipios.arrow`;
    const br = await rawGet(url, { 'accept-encoding': 'br' });
    const plain = await rawGet(url, { 'accept-encoding': 'identity' });
    expect(br.headers['etag']).not.toBe(plain.headers['etag']);
    const again = await rawGet(url, {
      'accept-encoding': 'br',
      'if-none-match': br.headers['etag']!
    });
    expect(again.status).toBe(304);
    expect(again.headers['etag']).toBe(br.headers['etag']);
    expect(again.headers['vary']).toMatch(/accept-encoding/i);
  });
});
