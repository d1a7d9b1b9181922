// A PEG action whose territory is an area drawn on the map (guide §3.1, §3.2), in Chromium: sent
// without drawing, the form says so in Spanish and keeps what was typed; then a square drawn
// inside the Resguardo Indígena de Cumbal (its geometry in the shared source file
// etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson; the square lies wholly in it) is
// saved and flagged «Superposición», and the card shows the drawn area in hectares.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { ADMIN_ENV, staffLogin } from './staff-client';

let session: BrowserSession;
let page: Page;
let district = '';

const CENTER: [number, number] = [-77.8305, 0.8265];
const H = 0.003; // half side in degrees: a square of ≈ 667 m, ≈ 44 ha
const SQUARE: [number, number][] = [
  [CENTER[0] - H, CENTER[1] - H],
  [CENTER[0] + H, CENTER[1] - H],
  [CENTER[0] + H, CENTER[1] + H],
  [CENTER[0] - H, CENTER[1] + H],
  [CENTER[0] - H, CENTER[1] - H] // back on the first vertex: closes the polygon
];

type WithMap = { __atlasMap: import('maplibre-gl').Map };

/** Clicks a lng/lat on the map (moving there first, as a hand on the mouse would). */
async function clickAt(lngLat: [number, number]) {
  const box = (await page.locator('[data-testid="mapa"]').boundingBox())!;
  const pt = await page.evaluate(
    (c) => (window as unknown as WithMap).__atlasMap.project(c),
    lngLat
  );
  await page.mouse.move(box.x + pt.x, box.y + pt.y, { steps: 5 });
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
}

beforeAll(async () => {
  session = await openSession({ width: 1300, height: 900 }, { env: ADMIN_ENV });
  page = session.page;
  const res = await fetch(`${session.app.url}/api/distritos`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nombre: 'Sur de Nariño (área)', municipios: ['52227', '52356'] })
  });
  district = ((await res.json()) as { id: string }).id;
  const cookie = await staffLogin(session.app.url);
  const eq = cookie.indexOf('=');
  await page
    .context()
    .addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: session.app.url }]);
});

afterAll(() => session?.close());

describe('PEG: territorio dibujado en el mapa', () => {
  it('«Área dibujada» sent without drawing: a Spanish error, and the typed fields stay', async () => {
    await page.goto(`${session.app.url}/equipo/peg/${district}`);
    const form = page.locator('[data-testid="form-accion"]');
    await form.getByLabel('Componente').selectOption('étnico');
    await form.getByLabel('Hito').fill('Fomento y buenas prácticas');
    await form
      .getByLabel('Acción', { exact: true })
      .fill('Vivero de especies nativas en el resguardo');
    await form.getByLabel('Entidad responsable').fill('Corponariño');
    await form.getByLabel('Persona de contacto').fill('Ana Erazo');
    await form.getByLabel('Correo de contacto').fill('aerazo@corponarino.gov.co');
    await form.getByLabel('Indicador').fill('Plántulas sembradas');
    await form.getByLabel('Inicio proyectado').fill('2027-05-01');
    await form.getByLabel('Impacto esperado').fill('Recuperación de la cobertura vegetal');
    await form.getByLabel('Área dibujada en el mapa').check();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await form.getByRole('button', { name: 'Agregar acción' }).click();
    await expect
      .poll(() => form.getByRole('alert').innerText(), { timeout: 15_000 })
      .toContain('Dibuje en el mapa el área donde se ejecuta la acción.');
    expect(await form.getByLabel('Hito').inputValue()).toBe('Fomento y buenas prácticas');
    expect(await form.getByLabel('Acción', { exact: true }).inputValue()).toBe(
      'Vivero de especies nativas en el resguardo'
    );
    expect(await form.getByLabel('Componente').inputValue()).toBe('étnico');
    expect(await form.getByLabel('Área dibujada en el mapa').isChecked()).toBe(true);
    expect(await page.locator('article[data-action]').count()).toBe(0);
  });

  it('a square drawn inside the Resguardo de Cumbal is saved, flagged and shown in hectares', async () => {
    const form = page.locator('[data-testid="form-accion"]');
    const map = page.locator('[data-testid="mapa"]');
    await map.scrollIntoViewIfNeeded();
    await page.evaluate(async (c) => {
      const m = (window as unknown as WithMap).__atlasMap;
      m.jumpTo({ center: c, zoom: 15 });
      await new Promise((r) => m.once('idle', r));
    }, CENTER);
    await form.getByRole('button', { name: 'Dibujar el área' }).click();
    await page.locator('[data-testid="mapa"][data-drawing="polygon"]').waitFor();
    for (const c of SQUARE) await clickAt(c);
    const drawn = form.locator('[data-testid="area-dibujada"]');
    await expect.poll(() => drawn.innerText()).toMatch(/Área dibujada: 4 vértices, 4\d ha\./);
    await form.getByRole('button', { name: 'Agregar acción' }).click();
    const card = page.locator('article[data-action]').first();
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getAttribute('data-flag')).toBe('superposicion');
    expect(await card.locator('[data-testid="alerta-accion"]').innerText()).toBe('Superposición');
    expect(await card.locator('[data-testid="territorio-accion"]').innerText()).toMatch(
      /^Territorio: área dibujada en el mapa, 4\d ha$/
    );
    expect(await card.innerText()).toContain('Resguardo Indígena De Cumbal: superposición de');
    const list = await page.locator('[data-testid="alertas-peg"]').innerText();
    expect(list).toContain('Vivero de especies nativas en el resguardo');
    expect(list).toContain('Resguardo Indígena De Cumbal');
    // Saved: the form is empty again, back on «Municipios del distrito».
    await expect.poll(() => form.getByLabel('Hito').inputValue()).toBe('');
    expect(await form.getByLabel('Municipios del distrito').isChecked()).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });
});
