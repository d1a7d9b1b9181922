// The team library in Chromium (issue 20): analyst A saves a zipped EPSG:9377 shapefile with a
// Latin-1 DBF «para el equipo»; analyst B, another account in a fresh browser context with empty
// storage, opens the Nordeste Antioqueño and reads the same overlap hectares and flags, and so
// does A's permalink; a second version is announced on the recorded permalink, which keeps v1's
// numbers until B re-screens. The layer is a hand-made test fixture (a 0.02° square across the
// Segovia–Remedios border), built at run time — not real data.
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestShapefile, type Ring } from '../scripts/fixtures/write-test-shapefile';
import { ORIGEN_NACIONAL_ESRI_WKT, ORIGEN_NACIONAL_PROJ4 } from '../test/fixtures/crs-wkt';
import { dropFile, openSession, type BrowserSession, type RunningApp } from './harness';
import { ADMIN_ENV, openPeriod, postAction, staffLogin } from './staff-client';
import { TEST_LIST_CSV } from '../test/fixtures/district-imports';

const NAME = 'Resguardo Ñame Peña (prueba)';
const ID = 'resguardos-prueba';
const SQUARE: Ring = [
  [-74.72, 7.06],
  [-74.7, 7.06],
  [-74.7, 7.08],
  [-74.72, 7.08]
];
const ANALYST_B = { email: 'analista.b@prueba.gov.co', password: 'clave-analista-b-e2e-1' };
const DISTRICT = '/distritos/nordeste-antioqueno';
const LIST = 'lista-prueba';

/** Geodesic area (ha) of a lon/lat rectangle on the WGS84 ellipsoid, in closed form (authalic
 * latitude): A = a²(1−e²)/2 · Δλ · [q(φ₂) − q(φ₁)]. */
function rectangleHa(west: number, south: number, east: number, north: number): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const e = Math.sqrt(f * (2 - f));
  const rad = Math.PI / 180;
  const q = (phi: number) => {
    const s = Math.sin(phi * rad);
    return s / (1 - e * e * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
  };
  return ((a * a * (1 - e * e)) / 2) * (east - west) * rad * (q(north) - q(south)) * 1e-4;
}

function zippedShapefile(name: string, ring: Ring): string {
  const toGrid = proj4('EPSG:4326', ORIGEN_NACIONAL_PROJ4);
  const parts = buildTestShapefile({
    features: [
      {
        ring: ring.map((p) => toGrid.forward(p) as [number, number]),
        properties: { NOMBRE: name, CODIGO: 'E2E-1', PUEBLO: 'Pueblo de prueba', COD_MPIO: '05736' }
      }
    ],
    dbfEncoding: 'latin1',
    prj: ORIGEN_NACIONAL_ESRI_WKT
  });
  const zip = zipSync({
    'capa/prueba.shp': parts.shp,
    'capa/prueba.shx': parts.shx,
    'capa/prueba.dbf': parts.dbf,
    'capa/prueba.prj': parts.prj!
  });
  return Buffer.from(zip).toString('base64');
}

let app: RunningApp;
let session: BrowserSession;
let page: Page;
let consoleErrors: string[] = [];
let cookieA = '';
let cookieB = '';

async function contextWith(cookie: string): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const [name = '', value = ''] = cookie.split('=');
  if (cookie) await context.addCookies([{ name, value, url: app.url }]);
  return context;
}

/** The team layer's hectares in Segovia and Remedios, and the district's flag. */
async function teamFigures(p: Page, ref: string) {
  const matrix = p.locator('[data-testid="matriz"]');
  await matrix.locator(`th[data-layer="${ref}"]`).waitFor({ timeout: 90_000 });
  const layers = await matrix
    .locator('thead th[data-layer]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-layer')));
  const cell = (code: string) =>
    matrix.locator(`tr[data-code="${code}"] td.num`).nth(layers.indexOf(ref)).innerText();
  return {
    segovia: await cell('05736'),
    remedios: await cell('05604'),
    flag: await p.locator('[data-testid="alerta-distrito"]').innerText(),
    consulta: await p.locator('[data-testid="consulta-previa"]').innerText()
  };
}

/** A matrix cell's hectares («1.234,56 ha»; «—» is no overlap). */
const hectares = (text: string) =>
  text.trim() === '—'
    ? 0
    : Number(/^([\d.]+,\d+) ha/.exec(text)?.[1]?.replace(/\./g, '').replace(',', '.'));

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 }, { env: ADMIN_ENV });
  ({ app, page, consoleErrors } = session);
  cookieA = await staffLogin(app.url);
  const made = await postAction(
    app.url,
    '/equipo/usuarios',
    'crear',
    { nombre: 'Analista B', email: ANALYST_B.email, rol: 'upme', password: ANALYST_B.password },
    cookieA
  );
  if (made.type !== 'success') throw new Error(`no se creó la cuenta B: ${made.status}`);
  cookieB = await staffLogin(app.url, ANALYST_B);
  await page
    .context()
    .addCookies([{ name: cookieA.split('=')[0]!, value: cookieA.split('=')[1]!, url: app.url }]);
}, 60_000);

afterAll(() => session?.close());

describe('capas del equipo', () => {
  let permalink = '';
  let a: Awaited<ReturnType<typeof teamFigures>>;

  it('A saves a zipped EPSG:9377 Latin-1 ethnic shapefile for the team', async () => {
    await page.goto(app.url);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'resguardos-9377.zip', 'application/zip', zippedShapefile(NAME, SQUARE));
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
    expect(await notice.innerText()).toContain(`«${ID}», versión 1 (1 elementos)`);
    // Drawn from the version the server stored: the Latin-1 name came through its reader.
    const names = await page.evaluate(async (ref) => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      m.jumpTo({ center: [-74.71, 7.07], zoom: 13 });
      await new Promise((r) => m.once('idle', r));
      // Drawn by deck.gl: the keys (NOMBRE) of the features picked in view.
      return (window as unknown as { __atlasDeckKeys: (id: string) => string[] }).__atlasDeckKeys(
        ref
      );
    }, `equipo:${ID}@1`);
    expect(names).toContain(NAME);
    // Nothing of it was kept as a local import of this browser only.
    expect(await page.locator('[data-testid="capas-importadas"]').count()).toBe(0);
  });

  it('A saves a table by DANE code for the team too', async () => {
    const csv = Buffer.from(TEST_LIST_CSV, 'utf8').toString('base64');
    await dropFile(page, 'lista-equipo.csv', 'text/csv', csv);
    const form = page.locator('[data-testid="form-tabla"]');
    await form.waitFor({ timeout: 30_000 });
    await form.getByLabel('Productor').fill('Fixture de prueba (no es dato real)');
    await form.getByLabel('Fecha de descarga o corte').fill('2026-11-01');
    await form.getByLabel('Identificador en la biblioteca del equipo').fill(LIST);
    await form.getByRole('button', { name: 'Guardar para el equipo' }).click();
    await page.getByText(`como «${LIST}», versión 1 (2 elementos)`).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cerrar importación' }).click();
  });

  it('the SQL console joins the team layer with the municipios and refuses DROP TABLE', async () => {
    await page.getByRole('button', { name: 'Consulta SQL' }).click();
    const consola = page.locator('[data-testid="consola-sql"]');
    const editor = consola.getByLabel('Sentencia SQL');
    const cells = () => consola.locator('table tbody td').allTextContents();
    const table = `equipo_${ID.replace('-', '_')}_v1`;
    await editor.fill(
      `SELECT m.name, e.nombre FROM ${table} e JOIN municipios m ON m.code = e.cod_mpio`
    );
    await editor.press('Control+Enter');
    await expect.poll(cells, { timeout: 30_000 }).toEqual(['SEGOVIA', NAME]);
    await editor.fill(`DROP TABLE ${table}`);
    await editor.press('Control+Enter');
    await expect
      .poll(() => consola.getByTestId('error-consulta').textContent())
      .toMatch(/^Consulta no permitida: «DROP»/);
    await editor.fill(`SELECT count(*) FROM ${table}`);
    await editor.press('Control+Enter');
    await expect.poll(cells).toEqual(['1']);
  });

  it('A opens the Nordeste: the team layer is a matrix column with its hectares', async () => {
    await page.goto(`${app.url}${DISTRICT}`);
    a = await teamFigures(page, `equipo:${ID}@1`);
    // The square lies across the Segovia–Remedios border: both cells add up to its area.
    const total = hectares(a.segovia) + hectares(a.remedios);
    const expected = rectangleHa(-74.72, 7.06, -74.7, 7.08);
    expect(Math.abs(total - expected) / expected).toBeLessThan(1e-3);
    expect(a.consulta).toContain(NAME);
    // The team table is a municipio list of the matrix: Segovia and Remedios are on it.
    const row = (code: string) =>
      page.locator(`tr[data-code="${code}"] td[data-list="equipo:${LIST}@1"]`).innerText();
    expect([await row('05736'), await row('05604'), await row('05031')]).toEqual([
      'Sí',
      'Sí',
      'No'
    ]);
    expect(await page.locator('[data-testid="versiones-equipo"]').innerText()).toContain('v1');
    await page.waitForURL(
      /equipo=lista-prueba@1,resguardos-prueba@1|equipo=resguardos-prueba@1,lista-prueba@1/
    );
    permalink = page.url();
  });

  it('B, another account with empty storage, reads the same numbers; A’s permalink too', async () => {
    const context = await contextWith(cookieB);
    const b = await context.newPage();
    await b.goto(`${app.url}${DISTRICT}`);
    expect(await teamFigures(b, `equipo:${ID}@1`)).toEqual(a);
    await b.goto(permalink);
    expect(await teamFigures(b, `equipo:${ID}@1`)).toEqual(a);
    await context.close();
  });

  it('without a staff session the permalink says it used a team layer', async () => {
    const context = await contextWith('');
    const anon = await context.newPage();
    await anon.goto(permalink);
    const notice = anon.locator('[data-testid="capas-equipo-distrito"]');
    await notice.getByText('Inicie sesión').waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain(`${ID} v1`);
    expect(await notice.innerText()).toContain('no son públicas');
    await context.close();
  });

  it('a second version is announced on the permalink, which keeps v1 until B re-screens', async () => {
    // v2 moves the square wholly into Remedios (west edge on the border's east side).
    const form = new FormData();
    const moved: Ring = [
      [-74.69, 7.06],
      [-74.67, 7.06],
      [-74.67, 7.08],
      [-74.69, 7.08]
    ];
    const zip = Buffer.from(zippedShapefile(NAME, moved), 'base64');
    form.append('archivo', new Blob([zip]), 'resguardos-9377-v2.zip');
    for (const [k, v] of Object.entries({
      nombre: ID,
      tipo: 'etnico',
      productor: 'Fixture de prueba (no es dato real)',
      corte: '2026-12-01',
      clave: 'NOMBRE'
    }))
      form.set(k, v);
    const res = await fetch(`${app.url}/api/capas-equipo`, {
      method: 'POST',
      headers: { cookie: cookieA, origin: app.url },
      body: form
    });
    expect(res.status).toBe(201);
    const context = await contextWith(cookieB);
    const b = await context.newPage();
    await b.goto(permalink);
    expect(await teamFigures(b, `equipo:${ID}@1`)).toEqual(a);
    const stale = b.locator('[data-testid="versiones-nuevas"]');
    expect(await stale.innerText()).toContain('este distrito usa la v1; vigente v2');
    await stale.getByRole('button', { name: 'Recalcular con las versiones vigentes' }).click();
    const after = await teamFigures(b, `equipo:${ID}@2`);
    // v2's numbers: its square's area, now mostly in Remedios.
    const total = hectares(after.segovia) + hectares(after.remedios);
    const expected = rectangleHa(-74.69, 7.06, -74.67, 7.08);
    expect(Math.abs(total - expected) / expected).toBeLessThan(1e-3);
    expect(hectares(after.remedios)).toBeGreaterThan(hectares(a.remedios));
    expect(hectares(after.segovia)).toBeLessThan(hectares(a.segovia));
    await b.waitForURL(/equipo=[^&]*resguardos-prueba@2/);
    await context.close();
  });

  it('the public page shows the layer only once staff mark it public', async () => {
    expect((await openPeriod(app.url, cookieA, 'nordeste-antioqueno')).type).toBe('success');
    const context = await contextWith('');
    const pub = await context.newPage();
    const drawn = () =>
      pub.evaluate(async (ref) => {
        const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        m.jumpTo({ center: [-74.68, 7.07], zoom: 13 });
        await new Promise((r) => m.once('idle', r));
        const keys = (window as unknown as { __atlasDeckKeys?: (id: string) => string[] })
          .__atlasDeckKeys;
        return keys ? keys(ref).length : 0;
      }, `equipo:${ID}@2`);
    await pub.goto(`${app.url}/publicacion/nordeste-antioqueno`);
    await pub.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await pub.locator('[data-testid="capas-publicas"]').count()).toBe(0);
    expect(await drawn()).toBe(0);
    const res = await fetch(`${app.url}/api/capas-equipo/${ID}/publica`, {
      method: 'POST',
      headers: { cookie: cookieA, origin: app.url, 'content-type': 'application/json' },
      body: JSON.stringify({ publica: true })
    });
    expect(res.status).toBe(200);
    await pub.reload();
    await pub.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const listed = pub.locator('[data-testid="capas-publicas"]');
    expect(await listed.innerText()).toContain('corte 2026-12-01, versión 2');
    // Drawn: the map marks each big layer once it has rendered with it.
    await pub.waitForFunction(
      (ref) => performance.getEntriesByName(`capa-dibujada:${ref}`).length > 0,
      `equipo:${ID}@2`
    );
    expect(await drawn()).toBeGreaterThan(0);
    await context.close();
  });

  it('raised no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
