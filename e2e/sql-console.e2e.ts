// The home map's SQL console and attribute tables in real headless Chromium (DuckDB-WASM): a join
// answers with the catalog's count, DROP TABLE is refused in Spanish and the table is intact; a
// layer's table filters by a search, a row highlights its feature on the map, and the filtered
// rows export to CSV.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerById } from '../src/lib/catalog/catalog';
import { fold } from '../src/lib/domain/municipio-search';
import { formatInteger } from '../src/lib/ui/format';
import { SOURCES } from '../test/fixtures/sources';
import { openSession, type BrowserSession } from './harness';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  await s.page.goto(s.app.url);
  await s.page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
  // Opening the console is what starts the engine on the home map; the tests open it again.
  const button = s.page.getByRole('button', { name: 'Consulta SQL' });
  await button.click();
  await s.page.locator('[data-testid="analisis-listo"]').waitFor({ timeout: 90_000 });
  await button.click();
});
afterAll(async () => {
  await s?.close();
});

const resguardos = layerById('resguardos_muestra')!;
const municipios = layerById('municipios')!;

/** Types a statement in the console and runs it with Ctrl+Enter (the callers poll its answer). */
async function runSql(sql: string): Promise<void> {
  const editor = s.page.locator('[data-testid="consola-sql"]').getByLabel('Sentencia SQL');
  await editor.fill(sql);
  await editor.press('Control+Enter');
}

const resultCells = () =>
  s.page.locator('[data-testid="consola-sql"] table tbody td').allTextContents();

describe('SQL console on the home map', () => {
  it('answers a join of the resguardo sample with the municipios', async () => {
    await s.page.getByRole('button', { name: 'Consulta SQL' }).click();
    const consola = s.page.locator('[data-testid="consola-sql"]');
    await consola.getByRole('button', { name: 'resguardos_muestra' }).waitFor();
    await runSql(
      'SELECT count(*) AS n FROM resguardos_muestra r JOIN municipios m ON m.code = r.municipio_code'
    );
    await expect.poll(resultCells).toEqual([String(resguardos.featureCount)]);
    expect(await consola.getByTestId('filas-consulta').textContent()).toBe('1 fila');
  });

  it('refuses DROP TABLE in Spanish, and municipios still answers its MGN count', async () => {
    const consola = s.page.locator('[data-testid="consola-sql"]');
    await runSql('DROP TABLE municipios');
    const error = consola.getByTestId('error-consulta');
    await expect
      .poll(() => error.textContent())
      .toMatch(/^Consulta no permitida: «DROP» no es una consulta de lectura/);
    await runSql('SELECT count(*) FROM municipios');
    await expect.poll(resultCells).toEqual([String(municipios.featureCount)]);
    expect(await error.count()).toBe(0);
  });
});

describe('a layer’s attribute table', () => {
  const raw = JSON.parse(
    readFileSync(`${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`, 'utf8')
  ) as FeatureCollection;
  const matching = raw.features
    .map((f) => String(f.properties?.NOMBRE))
    .filter((n) => fold(n).includes('montana'));

  it('filters by an accent-free search, highlights the clicked row on the map', async () => {
    await s.page.getByTestId('tabla-resguardos_muestra').click();
    const tabla = s.page.locator('[data-testid="tabla-capa"]');
    const count = tabla.getByTestId('filas-tabla');
    const n = formatInteger(resguardos.featureCount);
    await expect.poll(() => count.textContent()).toContain(`${n} de ${n} filas`);
    await tabla.getByLabel('Buscar en la tabla').fill('montana');
    await expect.poll(() => count.textContent()).toContain(`${matching.length} de ${n} filas`);
    expect(matching).toHaveLength(1);
    const row = tabla.locator('tbody tr');
    expect(await row.count()).toBe(1);
    await row.click();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    // The map outlines that feature, framed in view (rendered, not only filtered).
    const outlined = () =>
      s.page.evaluate(() => {
        const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        if (!m.loaded()) return [];
        return m
          .queryRenderedFeatures({ layers: ['resguardos_muestra-resaltado'] })
          .map((f) => String(f.properties.name));
      });
    // Polled as a whole: between two frames the map may be loading tiles (loaded() false).
    await expect
      .poll(async () => [...new Set(await outlined())].sort(), { timeout: 30_000 })
      .toEqual([...matching].sort());
  });

  it('exports the filtered rows to CSV', async () => {
    const tabla = s.page.locator('[data-testid="tabla-capa"]');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      tabla.getByRole('button', { name: 'Exportar CSV' }).click()
    ]);
    expect(download.suggestedFilename()).toBe('resguardos_muestra-atributos-filtrados.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const lines = new TextDecoder().decode(bytes).trim().split('\n');
    expect(lines[0]).toMatch(/^name,people,/);
    expect(lines).toHaveLength(1 + matching.length);
    expect(lines[1]).toContain(matching[0]);
  });

  it('loads an on-demand layer’s table after the console closed file access', async () => {
    const ramsar = layerById('ramsar')!;
    await s.page.getByTestId('tabla-ramsar').click();
    const count = s.page.locator('[data-testid="tabla-capa"]').getByTestId('filas-tabla');
    const n = formatInteger(ramsar.featureCount);
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toContain(`${n} de ${n}`);
    expect(s.consoleErrors).toEqual([]);
  });
});
