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

/** The app's User Timing entries of the layer: load start → in DuckDB, drawn, in the worker. */
async function visit(page: Page, url: string) {
  const t = Date.now();
  await page.goto(url);
  const handle = await page
    .waitForFunction(
      (ref) => {
        // No named helpers here: tsx would wrap them in __name, absent in the page.
        const [db, drawn, worker, engine, bytes, polygons, overlayWait, detail] = [
          `capa-equipo:${ref}`,
          `capa-dibujada:${ref}`,
          `capa-equipo:${ref}:superposicion`,
          `espera-motor:${ref}`,
          `capa-equipo:${ref}:bytes`,
          `capa-equipo:${ref}:poligonos`,
          `espera-cruces:${ref}`,
          `capa-equipo:${ref}:detalle`
        ].map((n) => performance.getEntriesByName(n)[0]);
        if (!db || !drawn || !worker || !detail) return null;
        return {
          cached: Boolean(
            ((db as PerformanceMeasure).detail as { cached?: boolean } | null)?.cached
          ),
          in_duckdb_ms: db.duration,
          drawn_ms: drawn.startTime - db.startTime,
          overlay_worker_ms: worker.duration,
          waiting_for_engine_ms: engine?.duration ?? 0,
          bytes_ms: bytes?.duration ?? 0,
          polygons_ms: polygons?.duration ?? 0,
          waiting_for_overlay_engine_ms: overlayWait?.duration ?? 0,
          full_rings_ms: detail.duration,
          since_navigation_drawn_ms: drawn.startTime
        };
      },
      REF,
      { timeout: Number(process.env.BENCH_TIMEOUT_MS ?? 300_000), polling: 50 }
    )
    .catch(async (e: unknown) => {
      const seen = await page.evaluate(() =>
        [...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')]
          .map((m) => m.name)
          .filter((n) => /equipo|capa-|espera/.test(n))
      );
      throw new Error(`la capa no terminó de cargar; entradas: ${seen.join(' | ')}`, { cause: e });
    });
  const r = (await handle.jsonValue()) as {
    cached: boolean;
    in_duckdb_ms: number;
    drawn_ms: number;
    overlay_worker_ms: number;
    waiting_for_engine_ms: number;
    bytes_ms: number;
    polygons_ms: number;
    waiting_for_overlay_engine_ms: number;
    full_rings_ms: number;
    since_navigation_drawn_ms: number;
  };
  return { ...r, wall_since_goto_ms: Date.now() - t };
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
    page.on('pageerror', (e) => process.stderr.write(`página: ${e.message}\n`));
    page.on('console', (m) => {
      if (m.type() === 'error') process.stderr.write(`consola: ${m.text()}\n`);
    });
    const first = await visit(page, app.url);
    const cached = await visit(page, app.url);
    return { upload_http_ms: uploadMs, first, cached };
  } finally {
    await browser.close();
    await app.stop();
  }
}
