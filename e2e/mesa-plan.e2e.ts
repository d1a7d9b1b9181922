// The mesa proposal panel (guide §2.3.3) in Chromium on the guide's example districts: the
// Nordeste (10 municipios) gets regional mesas covering every municipio once, the number of mesas
// can change, a mesa's municipios are outlined on the map; the Valle (4) gets one zonal mesa each.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession, type RunningApp } from './harness';
import { NORDESTE } from '../test/fixtures/districts';

const VALLE = ['76233', '76109', '76001', '76364'];

let app: RunningApp;
let session: BrowserSession;
let page: Page;
let consoleErrors: string[] = [];

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 });
  ({ app, page, consoleErrors } = session);
});

afterAll(() => session?.close());

const panel = () => page.locator('[data-testid="mesas"]');

/** Opens a preloaded example district and waits for its analysis to reach the panel. */
async function open(id: string) {
  await page.goto(`${app.url}/distritos/${id}`);
  await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="perfil-distrito"]').waitFor({ timeout: 90_000 });
  await panel().waitFor({ timeout: 60_000 });
}

/** The municipio codes of each mesa row, as the panel lists them. */
const groups = () =>
  panel()
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('[data-code]')].map((s) => s.getAttribute('data-code'))
      )
    );

const mode = () => panel().locator('[data-testid="mesas-modo"]').getAttribute('data-mode');

describe('mesas temáticas y zonales (propuesta)', () => {
  it('Nordeste: regional mesas of neighbours, every municipio exactly once', async () => {
    await open('nordeste-antioqueno');
    await expect.poll(mode, { timeout: 30_000 }).toBe('regional');
    const g = await groups();
    expect(g.length).toBeGreaterThanOrEqual(2);
    expect(g.length).toBeLessThanOrEqual(5);
    expect(g.flat().sort()).toEqual([...NORDESTE].sort());
    expect(await panel().innerText()).toContain('Propuesta automática: la mesa decide');
    expect(await panel().innerText()).toContain('Distrito de más de cinco municipios');
    console.log(
      `Nordeste en el panel: ${JSON.stringify(await panel().locator('tbody').innerText())}`
    );
  });

  it('changes the number of regional mesas, still covering the district once', async () => {
    await panel().locator('[data-testid="mesas-numero"]').selectOption('4');
    await expect.poll(async () => (await groups()).length).toBe(4);
    expect((await groups()).flat().sort()).toEqual([...NORDESTE].sort());
  });

  it("outlines a mesa's municipios on the map while the pointer is on its row", async () => {
    const row = panel().locator('tbody tr').first();
    const codes = (await row.getAttribute('data-codes'))!.split(',');
    const states = () =>
      page.evaluate(
        (cs) =>
          cs.map(
            (id) =>
              (
                window as unknown as { __atlasMap: import('maplibre-gl').Map }
              ).__atlasMap.getFeatureState({ source: 'limites', sourceLayer: 'municipios', id })
                .mesa === true
          ),
        codes
      );
    await row.hover();
    await expect.poll(states).toEqual(codes.map(() => true));
    await page.locator('h3#mesas').hover();
    await expect.poll(states).toEqual(codes.map(() => false));
  });

  it('downloads the proposal as CSV: one line per municipio', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('button', { name: 'Descargar propuesta (CSV)' }).click()
    ]);
    expect(file.suggestedFilename()).toBe('mesas-nordeste-antioqueno.csv');
    const lines = readFileSync(await file.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBe(1 + NORDESTE.length);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort()
    ).toEqual([...NORDESTE].sort());
  });

  it('Valle del Cauca (4 municipios): one zonal mesa per municipio, as the guide', async () => {
    await open('valle-del-cauca');
    await expect.poll(mode, { timeout: 30_000 }).toBe('zonal');
    const g = await groups();
    expect(g.map((x) => x.length)).toEqual([1, 1, 1, 1]);
    expect(g.flat().sort()).toEqual([...VALLE].sort());
    expect(await panel().locator('[data-testid="mesas-numero"]').count()).toBe(0);
    const names = (await panel().locator('tbody').innerText()).toLowerCase();
    for (const n of ['dagua', 'buenaventura', 'cali', 'jamundí']) expect(names).toContain(n);
    expect(consoleErrors).toEqual([]);
  });
});
