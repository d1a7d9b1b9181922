// Quarterly follow-up of the PEG in Chromium (guide §5, issue 8): two actions of the Nordeste
// example district approved by a district session (set up over HTTP as the forms post them);
// the dashboard lists them without report, one entity downloads its instrument, fills it in
// Excel's place (exceljs) and uploads it, another progress goes in through the form; the lights,
// the bars by component and the map table follow. Values are chosen so the lights do not depend
// on the day the test runs: far above every target (green) and no change at all (red).
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_COLUMNS } from '../src/lib/export/follow-up-columns';
import { addDays, bogotaToday } from '../src/lib/domain/calendar-date';
import { dueQuarter } from '../src/lib/domain/plan-quarter';
import { openSession, type BrowserSession } from './harness';
import { ADMIN, ADMIN_ENV, postAction, staffLogin } from './staff-client';

const D = 'nordeste-antioqueno';
let session: BrowserSession;
let page: Page;
const today = bogotaToday(new Date());
const quarter = dueQuarter(today);
const sessionDate = addDays(today, 40);

const action = (over: Record<string, string>) => ({
  hito: 'Hito de prueba',
  contact: 'Persona de contacto',
  email: 'contacto@entidad.gov.co',
  indicator: 'Indicador de prueba',
  crema_claro: 'on',
  crema_medible: 'on',
  budget_cop: '1.000.000',
  start_date: '2026-01-01',
  impact: 'Impacto esperado de prueba.',
  level: 'municipal',
  ...over
});

beforeAll(async () => {
  session = await openSession({ width: 1300, height: 900 }, { env: ADMIN_ENV });
  page = session.page;
  const url = session.app.url;
  const cookie = await staffLogin(url, ADMIN);
  const peg = `/equipo/peg/${D}`;
  const created = [
    action({
      component: 'minero',
      action: 'Formalizar unidades de producción minera',
      entity: 'Agencia Nacional de Minería',
      baseline: '0',
      target1: '100',
      target2: '200',
      target3: '300',
      target4: '400',
      municipios: '05736'
    }),
    action({
      component: 'ambiental',
      action: 'Reducir la deforestación asociada a la minería',
      entity: 'Corantioquia',
      baseline: '100',
      target1: '80',
      target2: '60',
      target3: '40',
      target4: '20',
      municipios: '05031'
    })
  ];
  for (const [i, fields] of created.entries()) {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    f.append('municipios', i === 0 ? '05604' : '05031'); // Remedios too, for the first
    expect((await postAction(url, peg, 'crear', f, cookie)).type).toBe('success');
    for (const estado of ['entidad', 'oap', 'mesas', 'validada'])
      expect(
        (
          await postAction(
            url,
            peg,
            'estado',
            { id: String(i + 1), estado, incluir: 'si', justificacion: 'Pertinente.' },
            cookie
          )
        ).type
      ).toBe('success');
  }
  const mesas = `/equipo/mesas/${D}`;
  const s = {
    mesa: 'distrital',
    numero: '3',
    tipo: 'ordinaria',
    fecha: sessionDate,
    lugar: 'Segovia',
    objetivo: 'Aprobar el PEG',
    entidades: 'MME\nANM'
  };
  expect((await postAction(url, mesas, 'sesion', s, cookie)).type).toBe('success');
  const attend = new URLSearchParams([
    ['id', '1'],
    ['entidad', 'MME'],
    ['modo-0', 'titular'],
    ['entidad', 'ANM'],
    ['modo-1', 'titular']
  ]);
  const form = new FormData();
  for (const [k, v] of attend) form.append(k, v);
  expect((await postAction(url, mesas, 'asistencia', form, cookie)).type).toBe('success');
  const vote = { id: '1', asunto: 'PEG', regla: 'mayoria_simple', si: '2', aprueba_peg: 'on' };
  expect((await postAction(url, mesas, 'votar', vote, cookie)).type).toBe('success');

  await page.goto(`${url}/equipo/ingresar`);
  await page.getByLabel('Correo').fill(ADMIN.email);
  await page.getByLabel('Contraseña').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL(/\/equipo$/);
});

afterAll(() => session?.close());

const lightOf = (id: number) =>
  page.locator(`tr[data-action="${id}"] td[data-light]`).getAttribute('data-light');

describe('Seguimiento trimestral del PEG', () => {
  it('lists the approved actions without report, the session dates and the map counts', async () => {
    await page.goto(`${session.app.url}/equipo/seguimiento/${D}`);
    await page.locator('[data-testid="acciones-seguimiento"]').waitFor();
    expect(await lightOf(1)).toBe('sin_reporte');
    expect(await lightOf(2)).toBe('sin_reporte');
    const head = await page.locator('[data-testid="trimestre"]').innerText();
    expect(head).toContain(quarter.replace(/(\d{4})-T(\d)/, 'T$2 $1'));
    // §2.2.2.3: the instrument goes out 20 days before the session, answers are due 10 before.
    expect(head).toContain(`envío del instrumento ${addDays(sessionDate, -20)}`);
    expect(head).toContain(`a más tardar ${addDays(sessionDate, -10)}`);
    const count = (code: string) =>
      page
        .locator(`[data-testid="tabla-municipios"] tr[data-code="${code}"] td`)
        .nth(1)
        .innerText();
    expect(await count('05736')).toBe('1'); // Segovia
    expect(await count('05604')).toBe('1'); // Remedios
    expect(await count('05031')).toBe('1'); // Amalfi
    expect(await count('05890')).toBe('0'); // Yolombó
    const img = page.locator('[data-testid="mapa-acciones"] img');
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(300);
  });

  it('an entity downloads its instrument, fills it and the upload turns its light green', async () => {
    const form = page.locator('[data-testid="instrumento"]');
    await form.getByLabel('Entidad').selectOption('Agencia Nacional de Minería');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: /Descargar el instrumento/ }).click()
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const ws = wb.getWorksheet('Seguimiento')!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.rowCount).toBe(2); // only the ANM action
    expect(ws.getRow(2).getCell(header.indexOf(FOLLOW_UP_COLUMNS.quarter)).value).toBe(quarter);
    ws.getRow(2).getCell(header.indexOf(FOLLOW_UP_COLUMNS.value)).value = 1000;
    ws.getRow(2).getCell(header.indexOf(FOLLOW_UP_COLUMNS.text)).value = 'Meta superada.';
    const file = join(tmpdir(), `seguimiento-anm-${process.pid}.xlsx`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const upload = page.locator('[data-testid="importar-seguimiento"]');
    await upload.locator('input[type=file]').setInputFiles(file);
    await upload.getByRole('button', { name: 'Importar avances' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Se guardó 1 reporte de avance.');
    await expect.poll(() => lightOf(1)).toBe('verde');
    expect(await page.locator('tr[data-action="1"]').innerText()).toContain('Meta superada.');
  });

  it('a progress through the form: a future quarter is refused, no change is red', async () => {
    const form = page.locator('[data-testid="form-avance"]');
    await form.getByLabel('Acción').selectOption('2');
    await form.getByLabel('Trimestre').fill(`${Number(today.slice(0, 4)) + 1}-T2`);
    await form.getByLabel('Avance cuantitativo').fill('100');
    await form.getByLabel('Avance cualitativo').fill('Sin avance medible este trimestre.');
    await form.getByRole('button', { name: 'Guardar avance' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('aún no empieza');
    expect(await lightOf(2)).toBe('sin_reporte');
    await form.getByLabel('Trimestre').fill(quarter);
    await form.getByRole('button', { name: 'Guardar avance' }).click();
    await expect.poll(() => lightOf(2)).toBe('rojo');
    const bars = page.locator('[data-testid="semaforo-componente"] table');
    expect(await bars.locator('tr[data-key="minero"] td[data-light="verde"]').textContent()).toBe(
      '1'
    );
    expect(await bars.locator('tr[data-key="ambiental"] td[data-light="rojo"]').textContent()).toBe(
      '1'
    );
    const upload = page.locator('[data-testid="importar-seguimiento"]');
    const bad = join(tmpdir(), `no-es-excel-${process.pid}.xlsx`);
    writeFileSync(bad, 'esto no es un libro de Excel');
    await upload.locator('input[type=file]').setInputFiles(bad);
    await upload.getByRole('button', { name: 'Importar avances' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('no-es-excel');
    expect(await lightOf(1)).toBe('verde');
    // The workbook to file: the lights of the quarter and every report received.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Descargar el seguimiento (XLSX)' }).click()
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(await file.path())).buffer);
    const column = (sheet: string, name: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const i = (ws.getRow(1).values as unknown[]).map(String).indexOf(name);
      return ws.getColumn(i).values.slice(2);
    };
    expect(column('Semáforo', 'Semáforo')).toEqual(['Al día', 'Retraso crítico']);
    expect(column('Historial', 'Avance cualitativo')).toEqual([
      'Meta superada.',
      'Sin avance medible este trimestre.'
    ]);
    expect(session.consoleErrors).toEqual([]);
  });
});
