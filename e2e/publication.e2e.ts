// The publication period in Chromium (issue 7, guide §1.2): a citizen draws an area on the public
// map and comments (with markup that must stay inert); staff sign in, publish, answer and
// systematize; the public page shows the comment as text with its answer.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { ADMIN, ADMIN_ENV, openPeriod, staffLogin } from './staff-client';

const D = 'nordeste-antioqueno';
const XSS_TEXT =
  'La vía a Segovia <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> pasa por la quebrada.';
const XSS_NAME = '<b onmouseover="window.__xss = 3">Junta de Acción Comunal</b>';
const ANSWER = 'La UPME revisará el trazado de la vía con la Gobernación de Antioquia.';
let session: BrowserSession;
let page: Page;
let commentId = '';

/** Clicks a lng/lat on the map. */
async function clickAt(lngLat: [number, number]) {
  const box = (await page.locator('[data-testid="mapa"]').boundingBox())!;
  const pt = await page.evaluate(
    (c) => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.project(c),
    lngLat
  );
  await page.mouse.move(box.x + pt.x, box.y + pt.y, { steps: 5 });
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
}

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 }, { env: ADMIN_ENV });
  page = session.page;
  const cookie = await staffLogin(session.app.url);
  expect((await openPeriod(session.app.url, cookie, D)).type).toBe('success');
});

afterAll(() => session?.close());

describe('publicación', () => {
  it('a citizen draws an area around Segovia and sends a comment', async () => {
    await page.goto(`${session.app.url}/publicacion/${D}`);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="periodo"]').getAttribute('data-state')).toBe(
      'abierto'
    );
    await page.evaluate(async () => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      m.jumpTo({ center: [-74.7, 7.1], zoom: 10 });
      await new Promise((r) => m.once('idle', r));
    });
    await page.getByRole('button', { name: 'Dibujar un área' }).click();
    await page.getByText('Haga clic en el mapa en cada vértice').waitFor();
    // Terra Draw loads on demand: the map says when it takes the clicks.
    await page.locator('[data-testid="mapa"][data-drawing="polygon"]').waitFor();
    for (const c of [
      [-74.75, 7.05],
      [-74.65, 7.05],
      [-74.65, 7.15],
      [-74.75, 7.15],
      [-74.75, 7.05]
    ] as [number, number][])
      await clickAt(c);
    await expect
      .poll(() => page.locator('[data-testid="ubicacion"]').innerText())
      .toContain('un área de 4 vértices');
    const form = page.locator('[data-testid="form-comentario"]');
    await form.getByLabel('Su comentario').fill(XSS_TEXT);
    await form.getByLabel('Nombre').fill(XSS_NAME);
    await form.getByLabel('Correo electrónico').fill('vecina@correo.co');
    await form.getByLabel('Municipio').selectOption('05736');
    await form.getByLabel('Componente').selectOption('social');
    await form.getByRole('button', { name: 'Enviar comentario' }).click();
    const ok = form.getByRole('status');
    await expect.poll(() => ok.innerText(), { timeout: 15_000 }).toMatch(/comentario n\.º \d+/);
    commentId = /n\.º (\d+)/.exec(await ok.innerText())![1]!;
    // Pending moderation: not public yet.
    const api = (await (
      await fetch(`${session.app.url}/api/distritos/${D}/comentarios`)
    ).json()) as unknown[];
    expect(api).toEqual([]);
  });

  it('staff sign in, publish, answer and systematize it', async () => {
    await page.goto(`${session.app.url}/equipo/publicaciones/${D}`);
    await page.waitForURL(/\/equipo\/ingresar\?volver=/);
    await page.getByLabel('Correo').fill(ADMIN.email);
    await page.getByLabel('Contraseña').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL(new RegExp(`/equipo/publicaciones/${D}$`));
    const card = page.locator(`article[data-comment="${commentId}"]`);
    expect(await card.getAttribute('data-status')).toBe('pendiente');
    expect(await card.innerText()).toContain('vecina@correo.co'); // staff see the e-mail
    await card.getByRole('button', { name: 'Publicar' }).click();
    await page.locator('[data-testid="filtro"]').selectOption('');
    await expect.poll(() => card.getAttribute('data-status')).toBe('publicado');
    await card.getByLabel('Respuesta oficial').fill(ANSWER);
    await card.getByRole('button', { name: 'Guardar respuesta' }).click();
    await expect.poll(() => card.innerText()).toContain('última: admin@prueba.gov.co');
    await card.getByLabel('Decisión').selectOption('acepta_parcialmente');
    await card.getByLabel('Justificación').fill('Se ajusta el anexo cartográfico de Segovia.');
    await card.getByLabel('Parte del proyecto que modifica').fill('Artículo 1, parágrafo');
    await card.getByRole('button', { name: 'Guardar sistematización' }).click();
    await expect
      .poll(() => page.locator('[data-testid="auditoria"]').innerText())
      .toContain('comentario.sistematizar');
    const audit = await page.locator('[data-testid="auditoria"]').innerText();
    for (const action of ['comentario.recibir', 'comentario.publicado', 'comentario.responder'])
      expect(audit).toContain(action);
    // The systematization matrix as filed.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Matriz de sistematización (XLSX)' }).click()
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const sheet = wb.getWorksheet('Sistematización')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const row = sheet.getRow(2);
    const cell = (h: string) => String(row.getCell(header.indexOf(h)).value);
    expect(cell('N.º')).toBe(commentId);
    expect(cell('Observación')).toBe(XSS_TEXT);
    expect(cell('Decisión')).toBe('Acepta parcialmente');
    expect(cell('Parte del proyecto que modifica')).toBe('Artículo 1, parágrafo');
    expect(cell('Municipio')).toBe('Segovia (05736)');
    expect(header).not.toContain('Correo');
  });

  it('the public page shows the comment as text, with its answer, and runs none of its markup', async () => {
    const pub = await (await session.browser.newContext()).newPage();
    await pub.goto(`${session.app.url}/publicacion/${D}`);
    const article = pub.locator(`[data-testid="comentarios"] article[data-comment="${commentId}"]`);
    await article.waitFor();
    const text = await article.innerText();
    expect(text).toContain(XSS_TEXT);
    expect(text).toContain(XSS_NAME);
    expect(await article.locator('[data-testid="respuesta"]').innerText()).toContain(ANSWER);
    expect(text).not.toContain('vecina@correo.co');
    expect(await article.locator('script, img, b').count()).toBe(0);
    await article.hover();
    expect(
      await pub.evaluate(() => (window as unknown as { __xss?: number }).__xss)
    ).toBeUndefined();
    await article.getByRole('button', { name: 'ver en el mapa' }).click();
    const api = (await (
      await fetch(`${session.app.url}/api/distritos/${D}/comentarios`)
    ).json()) as { id: number; geometria: { type: string; coordinates: number[][][] } }[];
    const mine = api.find((c) => String(c.id) === commentId)!;
    expect(mine.geometria.type).toBe('Polygon');
    expect(mine.geometria.coordinates[0]!.length).toBe(5);
    for (const [x, y] of mine.geometria.coordinates[0]!) {
      expect(Math.abs(x! + 74.7)).toBeLessThan(0.06); // the square drawn around Segovia
      expect(Math.abs(y! - 7.1)).toBeLessThan(0.06);
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
