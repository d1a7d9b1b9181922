// Point layers in the team library, in Chromium (issue 20): staff save a GeoJSON of points «para
// el equipo» from the import panel; another account, in a fresh browser context with empty
// storage, opens the home map and finds the points drawn by deck.gl — picked under the pointer
// with their key in the tooltip, their attributes in the layer's table, and the chosen row
// ringed in red —; a layer of lines is drawn and picked as paths; the district page names the
// point layer as not crossed in its matrix; the public page draws it once staff mark it public. The points are
// a hand-made test fixture (test/fixtures/point-line-layers.ts), not real data.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linesGeojson, POINT_FEATURES, pointsGeojson } from '../test/fixtures/point-line-layers';
import { dropFile, openSession, type BrowserSession } from './harness';
import { ADMIN_ENV, openPeriod, postAction, staffLogin } from './staff-client';

const ID = 'comunidades-prueba';
const REF = `equipo:${ID}@1`;
const KEY = 'Comunidad Alta (prueba)';
/** Where the first point is stored (rounded to 6 decimals). */
const AT: [number, number] = [-74.701235, 7.071235];
const ANALYST_B = { email: 'analista.puntos@prueba.gov.co', password: 'clave-analista-puntos-1' };

let session: BrowserSession;
let cookieA = '';
let cookieB = '';

async function contextWith(cookie: string): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const [name = '', value = ''] = cookie.split('=');
  if (cookie) await context.addCookies([{ name, value, url: session.app.url }]);
  return context;
}

/** Frames `at` (the first point) at zoom 16 (about 0.03° across); returns its pixel on the map. */
const frameFirstPoint = (p: Page, at = AT) =>
  p.evaluate(async (c) => {
    const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    m.jumpTo({ center: c, zoom: 16 });
    await new Promise((r) => m.once('idle', r));
    return m.project(c);
  }, at);

/** The keys of the layer's features drawn in view (deck.gl picking over the whole canvas). */
const drawnKeys = (p: Page, layer = REF) =>
  p.evaluate((ref) => {
    const keys = (window as unknown as { __atlasDeckKeys?: (id: string) => string[] })
      .__atlasDeckKeys;
    return keys ? keys(ref) : [];
  }, layer);

/** The first point's pixel on the page, the map as it is now. */
async function pointOnPage(p: Page): Promise<{ x: number; y: number }> {
  const at = await p.evaluate((lngLat) => {
    const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    return m.project(lngLat);
  }, AT);
  const box = (await p.locator('[data-testid="mapa"]').boundingBox())!;
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Pixels of the highlight's red (#c0392b) in a 40 px square around `at` on screen (the page's
 * own screenshot, decoded by the browser). */
async function redPixels(p: Page, at: { x: number; y: number }): Promise<number> {
  const shot = await p.screenshot({ clip: { x: at.x - 20, y: at.y - 20, width: 40, height: 40 } });
  return p.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (
        Math.abs(d[i]! - 192) < 30 &&
        Math.abs(d[i + 1]! - 57) < 30 &&
        Math.abs(d[i + 2]! - 43) < 30
      )
        n++;
    return n;
  }, shot.toString('base64'));
}

const drawn = (p: Page, layer = REF) =>
  p.waitForFunction(
    (ref) => performance.getEntriesByName(`capa-dibujada:${ref}`).length > 0,
    layer,
    { timeout: 60_000 }
  );

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 }, { env: ADMIN_ENV });
  cookieA = await staffLogin(session.app.url);
  const made = await postAction(
    session.app.url,
    '/equipo/usuarios',
    'crear',
    { nombre: 'Analista B', email: ANALYST_B.email, rol: 'upme', password: ANALYST_B.password },
    cookieA
  );
  if (made.type !== 'success') throw new Error(`no se creó la cuenta B: ${made.status}`);
  cookieB = await staffLogin(session.app.url, ANALYST_B);
  const [name = '', value = ''] = cookieA.split('=');
  await session.page.context().addCookies([{ name, value, url: session.app.url }]);
}, 60_000);

afterAll(() => session?.close());

describe('capas del equipo de puntos', () => {
  it('A saves a GeoJSON of points for the team from the import panel', async () => {
    const page = session.page;
    await page.goto(session.app.url);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Importar capa' }).click();
    const f = pointsGeojson();
    await dropFile(page, f.name, 'application/geo+json', Buffer.from(f.bytes).toString('base64'));
    const form = page.locator('form.mapping');
    await form.waitFor({ timeout: 30_000 });
    await form.getByLabel('Tipo de capa').selectOption('étnico');
    await form.getByLabel('Campo clave').selectOption('NOMBRE');
    await form.getByLabel('Productor').fill('Fixture de prueba (no es dato real)');
    await form.getByLabel('Fecha de descarga o corte').fill('2026-11-01');
    await form.getByLabel('Identificador en la biblioteca del equipo').fill(ID);
    await form.getByRole('button', { name: 'Guardar para el equipo' }).click();
    const notice = page.getByText('Guardada en la biblioteca del equipo');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toContain(`«${ID}», versión 1 (3 elementos)`);
    await drawn(page);
    await frameFirstPoint(page);
    expect(await drawnKeys(page)).toContain(KEY);
  });

  it('B, in a fresh context, picks the point on the home map and reads its attributes', async () => {
    const context = await contextWith(cookieB);
    const b = await context.newPage();
    const errors: string[] = [];
    b.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    b.on('pageerror', (e) => errors.push(e.message));
    await b.goto(session.app.url);
    await b.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await drawn(b);
    const pixel = await frameFirstPoint(b);
    // Only the first community lies in view (the others are kilometres away).
    expect(await drawnKeys(b)).toEqual([KEY]);
    // Under the pointer: deck.gl's hover picking names the point in the tooltip.
    const box = (await b.locator('[data-testid="mapa"]').boundingBox())!;
    await b.mouse.move(box.x + pixel.x, box.y + pixel.y);
    const tooltip = b.locator('.tooltip');
    await expect.poll(() => tooltip.innerText(), { timeout: 10_000 }).toContain(KEY);
    expect(await tooltip.innerText()).toContain('(capa del equipo, v1)');
    // Its attributes, in the layer's table; the chosen row is ringed in red on the map.
    await b.getByTestId(`tabla-${REF}`).click();
    const tabla = b.locator('[data-testid="tabla-capa"]');
    const count = tabla.getByTestId('filas-tabla');
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toContain('3 de 3 filas');
    await tabla.getByLabel('Buscar en la tabla').fill('Alta');
    const row = tabla.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const first = POINT_FEATURES[0]!.properties!;
    const cells = await row.locator('td').allInnerTexts();
    expect(cells).toEqual(expect.arrayContaining([KEY, String(first.FAMILIAS), first.PUEBLO]));
    expect(await redPixels(b, await pointOnPage(b))).toBe(0);
    await row.click();
    // The map frames the chosen feature (it moves): the point is looked for where it is now.
    await expect
      .poll(async () => redPixels(b, await pointOnPage(b)), { timeout: 15_000 })
      .toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a layer of lines uploaded through the API is drawn and picked as paths', async () => {
    const form = new FormData();
    const lines = linesGeojson();
    form.append('archivo', new Blob([lines.bytes]), lines.name);
    for (const [k, v] of Object.entries({
      nombre: 'caminos-prueba',
      tipo: 'ordenamiento',
      productor: 'Fixture de prueba (no es dato real)',
      corte: '2026-11-01',
      clave: 'CODIGO'
    }))
      form.set(k, v);
    const res = await fetch(`${session.app.url}/api/capas-equipo`, {
      method: 'POST',
      headers: { cookie: cookieA, origin: session.app.url },
      body: form
    });
    expect(res.status).toBe(201);
    const context = await contextWith(cookieB);
    const b = await context.newPage();
    await b.goto(session.app.url);
    await b.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const ref = 'equipo:caminos-prueba@1';
    await drawn(b, ref);
    // A vertex of CAM-1; CAM-2 runs 0.02° south, out of view at zoom 16.
    await frameFirstPoint(b, [-74.7, 7.07]);
    expect(await drawnKeys(b, ref)).toEqual(['CAM-1']);
    await context.close();
  });

  it('the district page names the layer in its matrix as not crossed, and counts nothing', async () => {
    const context = await contextWith(cookieB);
    const b = await context.newPage();
    await b.goto(`${session.app.url}/distritos/nordeste-antioqueno`);
    const matrix = b.locator('[data-testid="matriz"]');
    const th = matrix.locator(`th[data-layer="${REF}"]`);
    await th.waitFor({ timeout: 90_000 });
    expect(await th.innerText()).toContain('solo puntos o líneas: no se cruza');
    const layers = await matrix
      .locator('thead th[data-layer]')
      .evaluateAll((ths) => ths.map((t) => t.getAttribute('data-layer')));
    // Segovia holds the points: its cell says no overlap, and the consulta previa names none.
    const segovia = matrix.locator('tr[data-code="05736"] td.num').nth(layers.indexOf(REF));
    expect((await segovia.innerText()).trim()).toBe('—');
    expect(await b.locator('[data-testid="consulta-previa"]').innerText()).not.toContain(KEY);
    await context.close();
  });

  it('the public page draws the points once staff mark the layer public', async () => {
    expect((await openPeriod(session.app.url, cookieA, 'nordeste-antioqueno')).type).toBe(
      'success'
    );
    const res = await fetch(`${session.app.url}/api/capas-equipo/${ID}/publica`, {
      method: 'POST',
      headers: { cookie: cookieA, origin: session.app.url, 'content-type': 'application/json' },
      body: JSON.stringify({ publica: true })
    });
    expect(res.status).toBe(200);
    const context = await contextWith('');
    const pub = await context.newPage();
    await pub.goto(`${session.app.url}/publicacion/nordeste-antioqueno`);
    await pub.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await drawn(pub);
    await frameFirstPoint(pub);
    expect(await drawnKeys(pub)).toEqual([KEY]);
    await context.close();
  });

  it('raised no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
