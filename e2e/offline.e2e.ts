// Offline in the field (issue 22), in Chromium: a district opened once reopens with no network (map,
// profile, matrix, consulta previa, anexo 2, memoria) and says so; an anexo 2 answer saved offline
// waits as pending and is sent when the connection returns; one that someone else changed meanwhile
// is shown as a conflict with both values, never overwritten. "No network" is the context set
// offline (the page) plus the server stopped (the service worker's own fetches, which Chromium's
// offline emulation does not cover).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApp, type RunningApp } from './harness';

const DISTRICT = 'nordeste-antioqueno';
let app: RunningApp;
let port: number;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The figures a user reads: profile, matrix rows and the district's consulta previa flag. */
async function figures() {
  await page.locator('[data-testid="perfil-distrito"]').waitFor({ timeout: 90_000 });
  await page.locator('[data-testid="matriz"]').waitFor({ timeout: 90_000 });
  await page.locator('[data-testid="alerta-distrito"]').waitFor({ timeout: 90_000 });
  const text = async (id: string) => (await page.getByTestId(id).innerText()).trim();
  return {
    area: await text('perfil-area'),
    population: await text('perfil-poblacion'),
    rows: await page
      .locator('[data-testid="matriz"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code'))),
    flag: await text('alerta-distrito')
  };
}

const anexo = () => page.locator('[data-testid="anexo2"]');
const answer = () => anexo().locator('article[data-aspect="minero"] textarea').first();

async function generateAnexo2() {
  await anexo().getByRole('button', { name: 'Generar el anexo 2' }).click();
  await expect.poll(() => anexo().locator('article').count(), { timeout: 60_000 }).toBe(7);
}

/** The server's saved anexo 2 (read from Node: not through the page or its service worker). */
async function serverAnswer(): Promise<{ respuesta: string; version: number } | undefined> {
  const res = await fetch(`${app.url}/api/distritos/${DISTRICT}/anexo2`);
  const saved = (await res.json()) as { aspect: string; respuesta: string; version: number }[];
  return saved.find((s) => s.aspect === 'minero');
}

beforeAll(async () => {
  app = await startApp();
  port = Number(new URL(app.url).port);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('offline in the field', () => {
  let online: Awaited<ReturnType<typeof figures>>;

  it('keeps a district opened online: the service worker controls the page and saves what it used', async () => {
    await page.goto(`${app.url}/distritos/${DISTRICT}`);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    online = await figures();
    expect(online.rows.length).toBe(10);
    // Set once the worker controls the page and has kept what the page fetched before that.
    await page
      .locator('html[data-offline-ready="true"]')
      .waitFor({ state: 'attached', timeout: 60_000 });
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return { active: reg.active?.state, controlled: !!navigator.serviceWorker.controller };
    });
    expect(state).toEqual({ active: 'activated', controlled: true });
    await generateAnexo2();
    expect(await page.getByTestId('sin-conexion').count()).toBe(0);
  });

  it('reopens with no network: map, profile, matrix, consulta previa and the offline notice', async () => {
    await app.kill();
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const banner = page.getByTestId('sin-conexion');
    await expect
      .poll(() => banner.innerText(), { timeout: 30_000 })
      .toMatch(/^Sin conexión: se muestran los datos guardados el \d{1,2} de \w+ de \d{4}/);
    expect(await figures()).toEqual(online);
    const drawn = await page.evaluate(() => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      return new Set(
        m
          .querySourceFeatures('limites', { sourceLayer: 'municipios' })
          .map((f) => f.properties.code)
      ).size;
    });
    expect(drawn).toBeGreaterThan(10);
    await generateAnexo2();
  });

  it('downloads the memoria justificativa offline', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Descargar memoria (DOCX)' }).click()
    ]);
    expect(file.suggestedFilename()).toMatch(/^memoria-justificativa-.*\.docx$/);
  });

  it('an anexo 2 answer saved offline waits as pending and is sent when the connection returns', async () => {
    await answer().fill('Respuesta tomada en la mesa de Segovia sin conexión');
    await page.getByTestId('guardar-anexo2').click();
    await expect
      .poll(() => page.getByTestId('pendientes').innerText())
      .toContain('Pendiente de envío (1)');
    expect(await anexo().getByTestId('pendiente-aspecto').count()).toBe(1);
    // Still there after a reload offline (IndexedDB), over the saved copy of the anexo 2.
    await page.reload();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await figures();
    await generateAnexo2();
    expect(await answer().inputValue()).toBe('Respuesta tomada en la mesa de Segovia sin conexión');
    expect(await page.getByTestId('pendientes').innerText()).toContain('Pendiente de envío (1)');
    app = await startApp({ dbDir: app.dbDir, port });
    expect(await serverAnswer()).toBeUndefined();
    await context.setOffline(false);
    await expect
      .poll(() => anexo().getByRole('status').innerText(), { timeout: 30_000 })
      .toContain('Enviado al volver la conexión: 1 aspecto(s)');
    expect(await page.getByTestId('pendientes').count()).toBe(0);
    expect(await serverAnswer()).toMatchObject({
      respuesta: 'Respuesta tomada en la mesa de Segovia sin conexión',
      version: 1
    });
  });

  it('an offline edit of an aspect someone else saved meanwhile is shown as a conflict, not written', async () => {
    await context.setOffline(true);
    await answer().fill('Versión de la mesa, sin conexión');
    await page.getByTestId('guardar-anexo2').click();
    await expect
      .poll(() => page.getByTestId('pendientes').innerText())
      .toContain('Pendiente de envío (1)');
    // Another analyst, in another browser context, saves the same aspect over version 1.
    const other = await browser.newContext();
    const res = await other.request.put(`${app.url}/api/distritos/${DISTRICT}/anexo2`, {
      data: {
        ediciones: [
          {
            aspecto: 'minero',
            respuesta: 'Versión de la secretaría técnica',
            suficiente: 'parcialmente',
            propuestas: '',
            version: 1
          }
        ]
      }
    });
    expect(res.status()).toBe(200);
    await other.close();
    await context.setOffline(false);
    const clash = anexo().getByTestId('conflicto-anexo2');
    await clash.waitFor({ timeout: 30_000 });
    expect(await clash.getByTestId('conflicto-mia').innerText()).toContain(
      'Versión de la mesa, sin conexión'
    );
    expect(await clash.getByTestId('conflicto-servidor').innerText()).toContain(
      'Versión de la secretaría técnica'
    );
    expect(await clash.getByTestId('conflicto-servidor').innerText()).toContain('versión 2');
    expect(await page.getByTestId('pendientes').innerText()).toContain(
      'Conflictos por resolver (1)'
    );
    expect(await serverAnswer()).toMatchObject({
      respuesta: 'Versión de la secretaría técnica',
      version: 2
    });
    // Keeping the server's value clears the conflict and shows it in the row.
    await clash.getByRole('button', { name: 'Quedarse con la del servidor' }).click();
    await expect.poll(() => anexo().getByTestId('conflicto-anexo2').count()).toBe(0);
    expect(await answer().inputValue()).toBe('Versión de la secretaría técnica');
    expect(await page.getByTestId('pendientes').count()).toBe(0);
  });
});
