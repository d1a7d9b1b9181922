// Each page loads only what it needs (issue 22): the home map's first view and the public
// publication page fetch no DuckDB (wasm or worker) nor the GEOS overlay worker, before or after
// reaching network idle, and still draw the map (bundled layers, a public team layer, comments);
// the district page starts the engine at once and shows the profile, read from the Arrow files,
// before the engine is ready — the same figures it shows once the engine has computed them.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../test/fixtures/sources';
import { clickMunicipio, openSession, type BrowserSession } from './harness';
import { ADMIN_ENV, openPeriod, staffLogin } from './staff-client';

const D = 'nordeste-antioqueno';
const TEAM = 'resguardos-publicos';
const REF = `equipo:${TEAM}@1`;
/** What only the analysis engine fetches: DuckDB's wasm and worker, the GEOS overlay worker. */
const ENGINE = /duckdb[^/]*\.(wasm|js)$|\/overlay-worker-[^/]*\.js$|geos[^/]*\.wasm$/;
let session: BrowserSession;
const errors: string[] = [];

/** A fresh context (cold cache) recording every request, the page's workers' included. */
async function visit(path: string) {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const urls: string[] = [];
  let inflight = 0;
  const settled: (() => void)[] = [];
  const finish = () => {
    inflight--;
    for (const f of settled.splice(0)) f();
  };
  context.on('request', (r: Request) => {
    inflight++;
    urls.push(r.url());
  });
  context.on('requestfinished', finish);
  context.on('requestfailed', finish);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${path}: pageerror: ${e.message}`));
  /** Resolves once no request is in flight and none starts for `quietMs` (network idle). */
  const idle = async (quietMs = 1500) => {
    for (;;) {
      while (inflight > 0) await new Promise<void>((r) => settled.push(r));
      const seen = urls.length;
      const more = new Promise<boolean>((r) => {
        const t = setTimeout(() => r(false), quietMs);
        context.once('request', () => {
          clearTimeout(t);
          r(true);
        });
      });
      if (!(await more) && urls.length === seen && inflight === 0) return;
    }
  };
  await page.goto(`${session.app.url}${path}`);
  await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 60_000 });
  return { context, page, urls, idle };
}

const engineRequests = (urls: string[]) => urls.filter((u) => ENGINE.test(new URL(u).pathname));

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 }, { env: ADMIN_ENV });
  const { url } = session.app;
  const cookie = await staffLogin(url);
  expect((await openPeriod(url, cookie, D)).type).toBe('success');
  // A team layer staff marked public: the public pages draw it without the engine.
  const form = new FormData();
  for (const [k, v] of Object.entries({
    nombre: TEAM,
    tipo: 'etnico',
    productor: 'Agencia Nacional de Tierras (ANT)',
    corte: '2025-06-09',
    licencia: 'CC BY 4.0'
  }))
    form.set(k, v);
  const file = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;
  form.append('archivo', new Blob([readFileSync(file)]), 'resguardos.geojson');
  const up = await fetch(`${url}/api/capas-equipo`, {
    method: 'POST',
    headers: { cookie, origin: url },
    body: form
  });
  expect(up.status).toBe(201);
  const pub = await fetch(`${url}/api/capas-equipo/${TEAM}/publica`, {
    method: 'POST',
    headers: { cookie, origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ publica: true })
  });
  expect(pub.status).toBe(200);
}, 90_000);

afterAll(() => session?.close());

/** Whether the map holds layer `id` and has rendered it (MapLibre source or deck.gl). */
const drawnLayer = (page: Page, id: string) =>
  page.waitForFunction((i) => performance.getEntriesByName(`capa-dibujada:${i}`).length > 0, id, {
    timeout: 60_000
  });

describe('carga perezosa del motor de análisis', () => {
  let home: Awaited<ReturnType<typeof visit>>;

  it('draws the home map, its bundled layers and the public team layer with no engine', async () => {
    home = await visit('/');
    const { page, urls, idle } = home;
    await drawnLayer(page, REF);
    await page.waitForFunction(
      () => {
        const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        return ['resguardos_muestra', 'zonas_reserva_campesina'].every((id) =>
          m.getLayer(`${id}-relleno`)
        );
      },
      undefined,
      { timeout: 60_000 }
    );
    await idle();
    const rendered = await page.evaluate(() => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const codes = (layer: string) =>
        new Set(
          m.querySourceFeatures('limites', { sourceLayer: layer }).map((f) => f.properties.code)
        ).size;
      return { municipios: codes('municipios'), departamentos: codes('departamentos') };
    });
    expect(rendered).toEqual({ municipios: 1122, departamentos: 33 });
    expect(engineRequests(urls)).toEqual([]);
    expect(await page.locator('[data-testid="estado-analisis"]').count()).toBe(0);
  });

  it('still fetches no engine after network idle, until a municipio is clicked', async () => {
    const { context, page, urls, idle } = home;
    await idle(3000);
    expect(engineRequests(urls)).toEqual([]);
    // Asking for a municipio's panel starts it.
    await clickMunicipio(page, '05736');
    await page.locator('[data-testid="panel-municipio"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="analisis-listo"]').waitFor({ timeout: 90_000 });
    expect(engineRequests(urls).some((u) => u.endsWith('.wasm'))).toBe(true);
    await context.close();
  });

  it('serves the public page — map, public team layer, comment form — with no engine', async () => {
    const { context, page, urls, idle } = await visit(`/publicacion/${D}`);
    await drawnLayer(page, REF);
    expect(await page.locator('[data-testid="capas-publicas"]').innerText()).toContain('versión 1');
    await page.locator('[data-testid="form-comentario"]').waitFor();
    await page.getByRole('button', { name: 'Dibujar un área' }).click();
    await page.locator('[data-testid="mapa"][data-drawing="polygon"]').waitFor();
    await idle();
    expect(engineRequests(urls)).toEqual([]);
    await idle(3000);
    expect(engineRequests(urls)).toEqual([]);
    await context.close();
  });

  it('starts the engine at once on a district page and shows the profile before it is ready', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let asked = 0;
    const context: BrowserContext = await session.browser.newContext({
      viewport: { width: 1400, height: 900 }
    });
    // DuckDB's wasm waits until the profile has been read: the engine cannot be ready before.
    await context.route(/duckdb[^/]*\.wasm$/, async (route) => {
      asked++;
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`distrito: pageerror: ${e.message}`));
    await page.goto(`${session.app.url}/distritos/${D}`);
    const profile = page.locator('[data-testid="perfil-distrito"]');
    await profile.waitFor({ timeout: 60_000 });
    const pending = page.locator('[data-testid="motor-pendiente"]');
    expect(await pending.innerText()).toContain('Preparando el motor de análisis…');
    expect(await page.locator('[data-testid="matriz"]').count()).toBe(0);
    await expect.poll(() => asked).toBe(1);
    const early = await profile.innerText();
    expect(early).toContain('Perfil del distrito');
    expect(await page.locator('[data-testid="perfil-poblacion"]').innerText()).toMatch(/\d/);
    release();
    await page.locator('[data-testid="matriz"]').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="alerta-distrito"]').waitFor({ timeout: 60_000 });
    expect(await pending.count()).toBe(0);
    expect(await profile.innerText()).toBe(early);
    await context.close();
  });

  it('raised no console errors', () => {
    expect(errors).toEqual([]);
  });
});
