// The small things a new user met (issue 22), in Chromium under its default en-US locale: the home
// map's municipio search, framing after pasted codes, one colour per layer, the error page of a
// district not in publication, the import form's errors at their fields and a repeated title,
// Spanish file and date fields, a compact header on a phone, the staff header.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openSession, type BrowserSession } from './harness';
import { ADMIN, ADMIN_ENV, openPeriod, staffLogin } from './staff-client';
import { SOURCES } from '../test/fixtures/sources';
import { bogotaToIso, formatBogota, isoToBogota } from '../src/lib/domain/publication-period';

let session: BrowserSession;
let page: Page;
let url = '';

type MlWindow = { __atlasMap: import('maplibre-gl').Map };
type Box = [number, number, number, number];

/** The map's bounds once it is idle. */
const mapBounds = (p: Page) =>
  p.evaluate(async () => {
    const m = (window as unknown as MlWindow).__atlasMap;
    if (m.isMoving()) await new Promise((r) => m.once('idle', r));
    return m.getBounds().toArray().flat() as Box;
  });

/** The bundled municipio's bounding box (the directory the search reads). */
async function bboxOf(code: string): Promise<Box> {
  const all = (await (await fetch(`${url}/api/municipios`)).json()) as {
    code: string;
    bbox: Box;
  }[];
  return all.find((m) => m.code === code)!.bbox;
}

/** The view shows the box and is no wider than a few times it (it was framed, not national). */
function framedOn(view: Box, box: Box): boolean {
  const inside = view[0] <= box[0] && view[1] <= box[1] && view[2] >= box[2] && view[3] >= box[3];
  return inside && view[2] - view[0] < 6 * Math.max(box[2] - box[0], box[3] - box[1], 0.3);
}

const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { CODIGO: 'E2E-1', NOMBRE: 'Polígono de prueba' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-75.59, 6.24],
            [-75.58, 6.24],
            [-75.58, 6.25],
            [-75.59, 6.25],
            [-75.59, 6.24]
          ]
        ]
      }
    }
  ]
});

beforeAll(async () => {
  session = await openSession({ width: 1280, height: 800 }, { env: ADMIN_ENV });
  page = session.page;
  url = session.app.url;
});

afterAll(() => session?.close());

describe('cosas pequeñas (issue 22)', () => {
  it('runs under an English locale (what the Spanish fields are for)', async () => {
    await page.goto(url);
    expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
  });

  it('home: the accent-insensitive search selects, highlights and frames a municipio', async () => {
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const search = page.getByRole('search').getByLabel('Buscar un municipio');
    await search.fill('yolombo');
    const option = page.getByRole('option', { name: /YOLOMBÓ/i });
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    const panel = page.locator('[data-testid="panel-municipio"] h2');
    await expect.poll(() => panel.textContent()).toMatch(/^YOLOMBÓ$/i);
    const box = await bboxOf('05890');
    await expect.poll(async () => framedOn(await mapBounds(page), box)).toBe(true);
    const selected = await page.evaluate(
      () =>
        (window as unknown as MlWindow).__atlasMap.getFeatureState({
          source: 'limites',
          sourceLayer: 'municipios',
          id: '05890'
        }).selected
    );
    expect(selected).toBe(true);
  });

  it('/distritos/nuevo: pasted codes are framed; the layer has one colour on map and chart', async () => {
    await page.goto(`${url}/distritos/nuevo`);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByText('Pegar una lista de códigos').click();
    // Remedios meets a zona de reserva campesina (ANT, bundled).
    await page.locator('[data-testid="pegar-codigos"]').fill('05604');
    await page.getByRole('button', { name: 'Agregar códigos' }).click();
    const box = await bboxOf('05604');
    await expect.poll(async () => framedOn(await mapBounds(page), box)).toBe(true);
    const bar = page
      .locator('[data-testid="grafico-restricciones"] rect')
      .filter({ has: page.locator('title', { hasText: /reserva campesina/i }) })
      .first();
    await bar.waitFor({ state: 'attached', timeout: 100_000 });
    const chart = await bar.getAttribute('fill');
    const onMap = await page.evaluate(() =>
      (window as unknown as MlWindow).__atlasMap.getPaintProperty(
        'zonas_reserva_campesina-relleno',
        'fill-color'
      )
    );
    expect(chart).toMatch(/^#[0-9a-f]{6}$/i);
    expect(onMap).toBe(chart);
  });

  it('/publicacion/<id> not in publication: 404 in the site layout, the scheduled period, a way back', async () => {
    const cookie = await staffLogin(url);
    expect((await openPeriod(url, cookie, 'nordeste-antioqueno', 3, 25)).type).toBe('success');
    const res = await page.goto(`${url}/publicacion/no-existe`);
    expect(res?.status()).toBe(404);
    const body = page.locator('[data-testid="pagina-error"]');
    expect(await body.getAttribute('data-status')).toBe('404');
    expect(
      await page.locator('header.top').getByRole('link', { name: 'Atlas DMEDP' }).count()
    ).toBe(1);
    expect(await body.getByRole('alert').innerText()).toContain('no está en publicación');
    const periods = await page.locator('[data-testid="periodos"]').innerText();
    expect(periods).toMatch(/abre el \d+ de \w+ de 20\d\d/);
    expect(
      await page.getByRole('link', { name: '← Volver al mapa público' }).getAttribute('href')
    ).toBe('/');
    // Styled: the header bar has the site's colour.
    expect(
      await page.locator('header.top').evaluate((h) => getComputedStyle(h).backgroundColor)
    ).toBe('rgb(29, 78, 95)');
  });

  it('import: Spanish file picker by keyboard, errors at their fields, a repeated title refused', async () => {
    await page.goto(url);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Importar capa' }).click();
    const zone = page.locator('[data-testid="zona-importar"]');
    expect(await zone.innerText()).toContain('Elegir archivos');
    expect(await zone.innerText()).not.toContain('Choose');
    const input = zone.locator('input[type="file"]');
    expect((await input.boundingBox())!.width).toBeLessThanOrEqual(1);
    // Keyboard: Tab reaches the hidden input, Space opens the picker.
    await page.getByRole('button', { name: 'Cerrar importación' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
      'file'
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Space')
    ]);
    await chooser.setFiles({
      name: 'Zonas de reserva campesina (ANT).geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(geojson)
    });
    const form = page.locator('form.mapping');
    await form.waitFor({ timeout: 30_000 });
    expect(await zone.count()).toBe(0);
    await form.getByLabel('Campo clave').selectOption('CODIGO');
    await form.getByLabel('Productor').fill('Fixture de prueba (no es dato real)');
    await form.getByRole('button', { name: 'Agregar al mapa' }).click();
    // The title repeats a bundled layer's and the date is empty: both said at their fields, the
    // first one focused, nothing at the top.
    const title = form.getByLabel('Título');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const titleError = await page
      .locator(`[id="${await title.getAttribute('aria-describedby')}"]`)
      .innerText();
    expect(titleError).toContain('Zonas de reserva campesina (ANT) (importada)');
    expect(
      await page.evaluate(() => document.activeElement?.closest('label')?.textContent)
    ).toMatch(/^Título/);
    const date = form.getByLabel('Fecha de descarga o corte');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.locator(`[id="${await date.getAttribute('aria-describedby')}"]`).innerText()
    ).toBe('Indique la fecha de descarga o de corte.');
    expect(await page.locator('[data-testid="error-importar"]').count()).toBe(0);
    await form.getByRole('button', { name: /^Usar «/ }).click();
    expect(await title.inputValue()).toBe('Zonas de reserva campesina (ANT) (importada)');
    await form.getByRole('button', { name: 'Agregar al mapa' }).click();
    await expect.poll(() => title.getAttribute('aria-invalid')).toBeNull();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).placeholder))
      .toBe('dd/mm/aaaa');
    // A Spanish date field: dd/mm/aaaa typed, an impossible date refused, ISO kept.
    expect(await date.getAttribute('type')).toBe('text');
    await date.fill('31/02/2026');
    expect(await date.evaluate((i: HTMLInputElement) => i.validationMessage)).toContain(
      'dd/mm/aaaa'
    );
    await date.fill('01/11/2026');
    expect(await date.evaluate((i: HTMLInputElement) => i.validity.valid)).toBe(true);
    await form.getByRole('button', { name: 'Agregar al mapa' }).click();
    const list = page.locator('[data-testid="capas-importadas"]');
    await list.waitFor({ timeout: 60_000 });
    const listed = await list.innerText();
    expect(listed).toContain('Zonas de reserva campesina (ANT) (importada)');
    expect(listed).toContain('corte 2026-11-01');
  });

  it('import of a table: the missing provenance said at its fields, the producer focused', async () => {
    const zone = page.locator('[data-testid="zona-importar"]');
    const input = zone.locator('input[type="file"]');
    // The picker is disabled while the previous layer is still being kept in this browser.
    await expect.poll(() => input.isEnabled(), { timeout: 60_000 }).toBe(true);
    await input.setInputFiles({
      name: 'pdet.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(`${SOURCES}/pdet_zomac/pdet_municipios_irv2022.csv`)
    });
    expect(await zone.locator('[data-testid="archivos-elegidos"]').innerText()).toBe('pdet.csv');
    const form = page.locator('[data-testid="form-tabla"]');
    await form.waitFor({ timeout: 60_000 });
    await form.getByRole('button', { name: 'Agregar tabla' }).click();
    const producer = form.getByLabel('Productor');
    await expect.poll(() => producer.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('label')?.textContent))
      .toMatch(/^Productor/);
    expect(
      await page.locator(`[id="${await producer.getAttribute('aria-describedby')}"]`).innerText()
    ).toBe('Indique el productor de la tabla.');
    const date = form.getByLabel('Fecha de descarga o corte');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await producer.fill('UARIV (IRV 2022) vía ODPI');
    await date.fill('1/11/2026');
    await form.getByRole('button', { name: 'Agregar tabla' }).click();
    const list = page.locator('[data-testid="tablas-importadas"]');
    await list.waitFor();
    expect(await list.innerText()).toContain('corte 2026-11-01');
  });

  it('a phone (390×844): a compact header and a tall map, the actions behind «Menú»', async () => {
    const browser = await launchChromium();
    try {
      const phone = await (
        await browser.newContext({ viewport: { width: 390, height: 844 } })
      ).newPage();
      await phone.goto(url);
      await phone.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
      const header = (await phone.locator('header.top').boundingBox())!;
      const map = (await phone.locator('[data-testid="mapa"]').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(72);
      expect(map.height).toBeGreaterThanOrEqual(500);
      const menu = phone.getByRole('button', { name: 'Menú' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await phone.getByRole('button', { name: 'Importar capa' }).isVisible()).toBe(false);
      await menu.click();
      await phone.getByRole('button', { name: 'Importar capa' }).click();
      await phone.locator('[data-testid="importar"]').waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await browser.close();
    }
  });

  it('the staff header names the admin role once', async () => {
    await page.goto(`${url}/equipo/ingresar`);
    await page.getByLabel('Correo').fill(ADMIN.email);
    await page.getByLabel('Contraseña').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    const who = page.locator('[data-testid="usuario"]');
    await who.waitFor();
    expect((await who.innerText()).trim()).toBe('Administración');
    // The only console error is the 404 asked for above.
    expect(session.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('the period form reads and takes dd/mm/aaaa hh:mm, and keeps the dates after saving', async () => {
    const D = 'nordeste-antioqueno';
    await page.goto(`${url}/equipo/publicaciones/${D}`);
    const opens = page.getByLabel('Apertura');
    const closes = page.getByLabel('Cierre');
    expect(await opens.getAttribute('type')).toBe('text');
    expect(await opens.inputValue()).toMatch(/^\d{2}\/\d{2}\/20\d\d \d{2}:\d{2}$/);
    const before = await opens.inputValue();
    // Forty days from now at 17:30, Bogotá, typed as a Colombian would.
    const day = isoToBogota(new Date(Date.now() + 40 * 86_400_000).toISOString()).slice(0, 10);
    const typed = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)} 17:30`;
    await closes.fill(typed);
    await page.getByRole('button', { name: 'Cambiar fechas' }).click();
    const expected = formatBogota(bogotaToIso(`${day}T17:30`)!);
    await expect.poll(() => page.locator('main').innerText()).toContain(`al ${expected}`);
    expect(await opens.inputValue()).toBe(before);
    expect(await closes.inputValue()).toBe(typed);
  });
});
