// A GeoTIFF in Chromium (issue 4, rasters): dropped on the import zone, summarised per municipio in
// the overlay worker, and shown in the municipio's panel; a raster in an unsupported CRS is refused
// and the loaded tables stay as they were. The rasters are hand-made test fixtures written at run
// time in EPSG:9377 (MAGNA-SIRGAS Origen Nacional) over Medellín.
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGEN_NACIONAL_PROJ4 } from '../test/fixtures/crs-wkt';
import {
  clickMunicipio,
  dropFile,
  openSession,
  type BrowserSession,
  type RunningApp
} from './harness';

let app: RunningApp;
let session: BrowserSession;
let page: Page;
let consoleErrors: string[] = [];

/** 100 m pixels over lon −75.75…−75.35, lat 6.0…6.5: class 1 west of −75.55, class 2 east. */
function raster(epsg: number): string {
  const toGrid = proj4('EPSG:4326', ORIGEN_NACIONAL_PROJ4);
  const [west, north] = toGrid.forward([-75.75, 6.5]).map((v) => Math.round(v / 100) * 100) as [
    number,
    number
  ];
  const [split] = toGrid.forward([-75.55, 6.25]);
  const [width, height] = [460, 560];
  const values = Array.from({ length: width * height }, (_, i) =>
    west + ((i % width) + 0.5) * 100 < split! ? 1 : 2
  );
  const bytes = writeArrayBuffer(values, {
    width,
    height,
    ModelPixelScale: [100, 100, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    ProjectedCSTypeGeoKey: epsg
  });
  return Buffer.from(bytes).toString('base64');
}

beforeAll(async () => {
  session = await openSession({ width: 1280, height: 800 });
  ({ app, page, consoleErrors } = session);
  await page.goto(app.url);
  await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
});

afterAll(() => session?.close());

describe('importar ráster', () => {
  it("summarises an EPSG:9377 GeoTIFF per municipio and shows Medellín's class shares", async () => {
    await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'cobertura-9377.tif', 'image/tiff', raster(9377));
    const form = page.locator('[data-testid="form-tabla"]');
    await form.waitFor({ timeout: 90_000 });
    expect(await form.textContent()).toMatch(
      /EPSG:9377; se leyó como categórico \(2 clases: 1, 2\)/
    );
    await form.getByLabel('Productor').fill('Fixture de prueba (no es dato real)');
    await form.getByLabel('Fecha de descarga o corte').fill('2026-11-01');
    await form.getByRole('button', { name: 'Agregar tabla' }).click();
    await page.locator('[data-testid="tablas-importadas"]').waitFor();
    await page.getByRole('button', { name: 'Cerrar importación' }).click();
    await clickMunicipio(page, '05001');
    const panel = page.locator('[data-testid="tablas-municipio"]');
    await panel.waitFor({ timeout: 30_000 });
    const cells = Object.fromEntries(
      await panel
        .locator('dt')
        .evaluateAll((dts) =>
          dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''])
        )
    );
    // DANE's official area of Medellín (MGN 2018 MPIO_NAREA): 374.83 km² = 37,483 ha.
    expect(Math.abs(Number(cells['Área con dato (ha)']) / 37483.06 - 1)).toBeLessThan(0.01);
    const shares = Number(cells['Clase 1 (%)']) + Number(cells['Clase 2 (%)']);
    expect(shares).toBeCloseTo(100, 2);
    expect(Number(cells['Clase 1 (%)'])).toBeGreaterThan(0);
    expect(Number(cells['Clase 2 (%)'])).toBeGreaterThan(0);
  });

  it('refuses a raster in an unsupported CRS and keeps the table already loaded', async () => {
    await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'utm.tif', 'image/tiff', raster(32618));
    const alert = page.locator('[data-testid="importar"] [role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(
      /«utm\.tif»: sistema de coordenadas no soportado \(EPSG:32618\)/
    );
    expect(await page.locator('[data-testid="tablas-importadas"] li').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
