// Issue 20 in Chromium, on the 10,000-title FIXTURE (team-layer-bench.ts; never data): the upload
// through the real HTTP API, then a second browser — another context, empty storage — opening the
// home map: the time until the version is in DuckDB-WASM, the overlay worker and the map (the app's
// own User Timing entry «capa-equipo:<ref>») and until the map has drawn it, first with the
// download and then from this browser's cache (a reload).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, startApp } from '../e2e/harness';
import { ADMIN_ENV, staffLogin } from '../e2e/staff-client';
import { titleFixture } from './team-layer-bench';

const REF = 'equipo:titulos-fixture@1';

async function visit(page: Page, url: string) {
  const t = Date.now();
  await page.goto(url);
  const entry = await page.waitForFunction(
    (name) => {
      const [e] = performance.getEntriesByName(name);
      return e ? { ms: e.duration, cached: (e as PerformanceMeasure).detail?.cached } : null;
    },
    `capa-equipo:${REF}`,
    { timeout: 300_000, polling: 50 }
  );
  const layer = (await entry.jsonValue()) as { ms: number; cached: boolean };
  await page.waitForFunction(
    (ref) => {
      const m = (window as unknown as { __atlasMap?: import('maplibre-gl').Map }).__atlasMap;
      return Boolean(m?.getLayer(`${ref}-relleno`) && m.loaded());
    },
    REF,
    { timeout: 120_000, polling: 50 }
  );
  return { layer_ms: layer.ms, cached: layer.cached, drawn_since_navigation_ms: Date.now() - t };
}

export async function teamLayerBrowserBench() {
  if (!existsSync('build/index.js'))
    await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'warn']);
  // As scripts/start.sh sets it: room for the upload cap (the harness default is 21 MB).
  const app = await startApp({ env: { ...ADMIN_ENV, BODY_SIZE_LIMIT: '210M' } });
  const browser = await launchChromium();
  try {
    const cookie = await staffLogin(app.url);
    const form = new FormData();
    for (const f of await titleFixture()) form.append('archivo', new Blob([f.bytes]), f.name);
    const fields = { nombre: 'titulos-fixture', tipo: 'minero', productor: 'fixture de benchmark' };
    for (const [k, v] of Object.entries({ ...fields, corte: '2026-11-30', clave: 'CODIGO_EXP' }))
      form.set(k, v);
    const t = performance.now();
    const res = await fetch(`${app.url}/api/capas-equipo`, {
      method: 'POST',
      headers: { cookie, origin: app.url },
      body: form
    });
    const uploadMs = performance.now() - t;
    if (res.status !== 201) throw new Error(`subida: ${res.status} ${await res.text()}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const [name = '', value = ''] = cookie.split('=');
    await context.addCookies([{ name, value, url: app.url }]);
    const page = await context.newPage();
    const first = await visit(page, app.url);
    const cached = await visit(page, app.url);
    return { upload_http_ms: uploadMs, first, cached };
  } finally {
    await browser.close();
    await app.stop();
  }
}
