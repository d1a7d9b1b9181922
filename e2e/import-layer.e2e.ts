// Importing an official-style layer in Chromium (issue 4): a zipped shapefile in MAGNA-SIRGAS /
// Origen-Nacional (EPSG:9377) with a Latin-1 DBF is dropped on the page, mapped, and shows on the
// map and in the overlay table. The shapefile is a hand-made test fixture built at run time.
import { zipSync } from 'fflate';
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestShapefile, type Ring } from '../scripts/fixtures/write-test-shapefile';
import { importLayer } from '../src/lib/import/import-layer';
import { ORIGEN_NACIONAL_ESRI_WKT, ORIGEN_NACIONAL_PROJ4 } from '../test/fixtures/crs-wkt';
import {
  clickMunicipio,
  dropFile,
  openSession,
  type BrowserSession,
  type RunningApp
} from './harness';

import { SOURCES } from '../test/fixtures/sources';

const NAME = 'Resguardo Ñame Peña';
// A 0.01° cell inside Medellín (05001), in lon/lat, projected to 9377 for the file.
const CELL: Ring = [
  [-75.59, 6.24],
  [-75.58, 6.24],
  [-75.58, 6.25],
  [-75.59, 6.25]
];

let app: RunningApp;
let session: BrowserSession;
let page: Page;
let consoleErrors: string[] = [];

function zippedShapefile(withPrj = true): string {
  const toGrid = proj4('EPSG:4326', ORIGEN_NACIONAL_PROJ4);
  const ring = CELL.map((p) => toGrid.forward(p) as [number, number]);
  const parts = buildTestShapefile({
    features: [{ ring, properties: { NOMBRE: NAME, CODIGO: 'E2E-1' } }],
    dbfEncoding: 'latin1',
    prj: ORIGEN_NACIONAL_ESRI_WKT
  });
  const zip = zipSync({
    'capa/prueba.shp': parts.shp,
    'capa/prueba.shx': parts.shx,
    'capa/prueba.dbf': parts.dbf,
    ...(withPrj ? { 'capa/prueba.prj': parts.prj! } : {})
  });
  return Buffer.from(zip).toString('base64');
}

beforeAll(async () => {
  session = await openSession({ width: 1280, height: 800 });
  ({ app, page, consoleErrors } = session);
  await page.goto(app.url);
  await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
});

afterAll(() => session?.close());

describe('importar capa', () => {
  it('drops a zipped EPSG:9377 shapefile with a Latin-1 DBF and asks for its mapping', async () => {
    await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'prueba-9377.zip', 'application/zip', zippedShapefile());
    const form = page.locator('form.mapping');
    await form.waitFor({ timeout: 30_000 }).catch(async (e: unknown) => {
      throw new Error(
        `${String(e)}\n${await page.locator('[data-testid="importar"]').innerText()}`
      );
    });
    expect(await form.locator('.meta').textContent()).toContain('EPSG:9377');
    await form.getByLabel('Campo clave').selectOption('NOMBRE');
    await form.getByLabel('Tipo de capa').selectOption('étnico');
    await form.getByLabel('Productor').fill('Fixture de prueba (no es dato real)');
    await form.getByLabel('Fecha de descarga o corte').fill('2026-11-01');
    await form.getByRole('button', { name: 'Agregar al mapa' }).click();
    const list = page.locator('[data-testid="capas-importadas"]');
    await list.waitFor({ timeout: 60_000 });
    expect(await list.textContent()).toContain('EPSG:9377');
  });

  it('draws the features on the map, back in lon/lat', async () => {
    const names = await page.evaluate(async () => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      m.jumpTo({ center: [-75.585, 6.245], zoom: 13 });
      await new Promise((r) => m.once('idle', r));
      return m
        .queryRenderedFeatures({ layers: ['importada-1-relleno'] })
        .map((f) => String(f.properties.NOMBRE));
    });
    expect(names).toContain(NAME);
  });

  it('lists the imported feature in the overlay table of Medellín', async () => {
    await page.getByRole('button', { name: 'Cerrar importación' }).click();
    await clickMunicipio(page, '05001');
    const panel = page.locator('[data-testid="panel-municipio"]');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('MEDELLÍN');
    const row = panel.locator(`[data-testid="traslapes"] tr[data-feature="${NAME}"]`);
    await row.waitFor({ timeout: 60_000 });
    const cells = await row.locator('td.num').allTextContents();
    expect(cells[2]).toBe('100,0 %');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Exportar CSV' }).click()
    ]);
    expect(file.suggestedFilename()).toBe('traslapes-05001.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv).toContain('05001,MEDELLÍN,');
    expect(csv).toContain(NAME);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'XLSX', exact: true }).click()
    ]);
    expect(xlsx.suggestedFilename()).toBe('traslapes-05001.xlsx');
    const sheets = await readXlsxFile(readFileSync(await xlsx.path()));
    expect(sheets.map((s) => s.sheet)).toEqual(['Traslapes', 'Fuentes']);
    expect(sheets[0]!.data.some((r) => r[1] === 'MEDELLÍN' && r[3] === NAME)).toBe(true);
    await page.screenshot({ path: 'test-results/importada-medellin.png' });
    expect(consoleErrors).toEqual([]);
  });

  it('joins a table keyed by DANE code, saved by Excel, to the municipio panel', async () => {
    // The real PDET list (shared data) re-saved as Excel does: semicolons, windows-1252, and
    // codes that lost their leading zero.
    const rows = csvParse(
      readFileSync(`${SOURCES}/pdet_zomac/pdet_municipios_irv2022.csv`, 'utf8')
    );
    const excel = [
      rows.columns.join(';'),
      ...rows.map((r) =>
        rows.columns.map((c) => (c === 'cod_dane_mpio' ? String(Number(r[c])) : r[c])).join(';')
      )
    ].join('\r\n');
    const b64 = Buffer.from(excel, 'latin1').toString('base64');
    await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'pdet.csv', 'text/csv', b64);
    const form = page.locator('[data-testid="form-tabla"]');
    await form.waitFor({ timeout: 60_000 });
    expect(await form.textContent()).toContain('sin el cero inicial');
    await form.getByLabel('Productor').fill('UARIV (IRV 2022) vía ODPI');
    await form.getByLabel('Fecha de descarga o corte').fill('2026-11-01');
    await form.getByRole('button', { name: 'Agregar tabla' }).click();
    await page.locator('[data-testid="tablas-importadas"]').waitFor();
    await page.getByRole('button', { name: 'Cerrar importación' }).click();
    await clickMunicipio(page, '05736');
    const tablesPanel = page.locator('[data-testid="tablas-municipio"]');
    await tablesPanel.waitFor({ timeout: 30_000 });
    expect(await tablesPanel.textContent()).toContain('Bajo Cauca-Nordeste Antioqueño');
  });

  it('finds the municipios sheet of an official Excel workbook (DNP IDF 2023)', async () => {
    const xlsx = readFileSync(`${SOURCES}/socioeconomico/ResultadosIDF_2023_dnp_original.xlsx`);
    await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'idf.xlsx', 'application/vnd.ms-excel', xlsx.toString('base64'));
    const form = page.locator('[data-testid="form-tabla"]');
    await form.waitFor({ timeout: 60_000 });
    expect(await form.textContent()).toContain('«Municipios 2023»');
    await form.getByLabel('Productor').fill('DNP');
    await form.getByLabel('Fecha de descarga o corte').fill('2026-11-01');
    await form.getByRole('button', { name: 'Agregar tabla' }).click();
    await page.getByRole('button', { name: 'Cerrar importación' }).click();
    await clickMunicipio(page, '05736');
    const tablesPanel = page.locator('[data-testid="tablas-municipio"]');
    await expect.poll(() => tablesPanel.locator('h4').count()).toBe(2);
    expect(await tablesPanel.textContent()).toContain('Dependencia de las Transferencias');
  });

  it('keeps the imported layer and table after a reload, and forgets the layer once removed', async () => {
    const hasSource = () =>
      page.evaluate(() =>
        Boolean(
          (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getSource(
            'importada-1'
          )
        )
      );
    await page.reload();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(hasSource, { timeout: 60_000 }).toBe(true);
    await page.getByRole('button', { name: 'Importar capa' }).click();
    const list = page.locator('[data-testid="capas-importadas"]');
    expect(await list.textContent()).toContain('Fixture de prueba');
    expect(await page.locator('[data-testid="tablas-importadas"]').textContent()).toContain('pdet');
    // Export → import round trip of the restored layer, as a zipped shapefile.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Shapefile' }).click()
    ]);
    const exported = await importLayer([
      {
        name: download.suggestedFilename(),
        bytes: new Uint8Array(readFileSync(await download.path()))
      }
    ]);
    expect(exported.features.map((f) => f.properties?.NOMBRE)).toEqual([NAME]);
    // The layer's attributes as XLSX, read back in Node.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'XLSX', exact: true }).click()
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxBytes = readFileSync(await xlsx.path());
    expect(xlsxBytes.length).toBeGreaterThan(0);
    const [atributos] = await readXlsxFile(xlsxBytes);
    expect(atributos!.data.map((r) => r[0])).toEqual(['elemento', NAME]);
    await page.getByRole('button', { name: /^Quitar la capa/ }).click();
    await expect.poll(hasSource).toBe(false);
    // The list drops the layer once the browser's stored copy is deleted: then reload.
    await expect.poll(() => page.locator('[data-testid="capas-importadas"]').count()).toBe(0);
    await page.reload();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Importar capa' }).click();
    // Wait until the layers kept in the browser have been brought back, then check none was.
    await page.locator('[data-testid="importar"][data-restored="true"]').waitFor();
    expect(await page.locator('[data-testid="capas-importadas"]').count()).toBe(0);
    expect(await hasSource()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('asks for the coordinate system of a shapefile without .prj and reads it in the one chosen', async () => {
    const panel = page.locator('[data-testid="importar"]');
    if (!(await panel.isVisible()))
      await page.getByRole('button', { name: 'Importar capa' }).click();
    await dropFile(page, 'sin-prj.zip', 'application/zip', zippedShapefile(false));
    const error = page.locator('[data-testid="error-importar"]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('no son grados');
    const choice = page.locator('[data-testid="elegir-crs"]');
    await choice.getByLabel('Sistema de coordenadas del archivo').selectOption('9377');
    await choice.getByRole('button', { name: 'Leer con este sistema' }).click();
    const form = page.locator('form.mapping');
    await form.waitFor({ timeout: 30_000 });
    expect(await form.locator('.meta').textContent()).toContain('EPSG:9377');
    expect(await panel.textContent()).toContain('como se indicó');
    expect(await error.count()).toBe(0);
    await form.getByRole('button', { name: 'Cancelar' }).click();
    expect(consoleErrors).toEqual([]);
  });
});
