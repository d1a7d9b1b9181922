// The PEG and the mesas in Chromium (issue 8): staff add an action over Cumbal (Nariño), the
// municipio of the Resguardo Indígena de Cumbal, and see its consulta previa flag and the list for
// the Ministerio del Interior; the action goes through the workflow to validation; a district
// session with live quorum records the vote that approves the PEG.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { ADMIN, ADMIN_ENV } from './staff-client';
import { PEG_COLUMNS, PEG_SHEET } from '../src/lib/export/peg-columns';
import { docxParts } from '../test/fixtures/docx-parts';

let session: BrowserSession;
let page: Page;
let district = '';

beforeAll(async () => {
  session = await openSession({ width: 1300, height: 900 }, { env: ADMIN_ENV });
  page = session.page;
  const res = await fetch(`${session.app.url}/api/distritos`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nombre: 'Sur de Nariño (prueba)', municipios: ['52227', '52356'] })
  });
  district = ((await res.json()) as { id: string }).id;
  await page.goto(`${session.app.url}/equipo/ingresar`);
  await page.getByLabel('Correo').fill(ADMIN.email);
  await page.getByLabel('Contraseña').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL(/\/equipo$/);
});

afterAll(() => session?.close());

describe('PEG y mesas', () => {
  it('an action over Cumbal is flagged for consulta previa (superposición with the resguardo)', async () => {
    await page.goto(`${session.app.url}/equipo/peg/${district}`);
    const form = page.locator('[data-testid="form-accion"]');
    await form.getByLabel('Componente').selectOption('minero');
    await form.getByLabel('Hito').fill('Formalización');
    await form
      .getByLabel('Acción', { exact: true })
      .fill('Capacitación en buenas prácticas mineras');
    await form.getByLabel('Entidad responsable').fill('Agencia Nacional de Minería');
    await form.getByLabel('Persona de contacto').fill('Laura Gómez');
    await form.getByLabel('Correo de contacto').fill('laura.gomez@anm.gov.co');
    await form.getByLabel('Indicador').fill('Unidades de producción minera capacitadas');
    for (const c of ['Claro', 'Relevante', 'Económico', 'Medible', 'Adecuado'])
      await form.getByRole('checkbox', { name: new RegExp(`${c}:`) }).check();
    await form.getByLabel('Línea base').fill('0');
    for (const [y, v] of [
      [1, '10'],
      [2, '20'],
      [3, '30'],
      [4, '40']
    ] as const)
      await form.getByLabel(`Meta año ${y}`).fill(v);
    await form.getByLabel('Presupuesto estimado (COP)').fill('150000000');
    await form.getByLabel('Inicio proyectado').fill('2027-02-01');
    await form.getByLabel('Impacto esperado').fill('Menos accidentes y vertimientos');
    await form.getByLabel('Cumbal').check();
    await form.getByRole('button', { name: 'Agregar acción' }).click();
    const card = page.locator('article[data-action]').first();
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getAttribute('data-flag')).toBe('superposicion');
    expect(await card.locator('[data-testid="alerta-accion"]').innerText()).toBe('Superposición');
    expect(await card.innerText()).toContain('CREMA completo');
    const list = await page.locator('[data-testid="alertas-peg"]').innerText();
    expect(list).toContain('Capacitación en buenas prácticas mineras');
    expect(list).toContain('Resguardo Indígena De Cumbal');
  });

  it('moves the action to validation, with the technical concept the step needs', async () => {
    const card = page.locator('article[data-action]').first();
    for (const [next, status] of [
      ['En la entidad', 'entidad'],
      ['En la Oficina Asesora', 'oap'],
      ['En mesas temáticas', 'mesas']
    ]) {
      await card.getByRole('button', { name: new RegExp(`Pasar a «${next}`) }).click();
      await expect.poll(() => card.getAttribute('data-status')).toBe(status);
    }
    expect(await card.getAttribute('data-status')).toBe('mesas');
    // Without a justification the step is refused.
    await card.getByRole('button', { name: /Pasar a «Validada/ }).click();
    await expect.poll(() => card.getByRole('alert').innerText()).toContain('concepto técnico');
    await card.getByLabel('Justificación').fill('Acordada en la mesa zonal de Cumbal');
    await card.getByRole('button', { name: /Pasar a «Validada/ }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('validada');
  });

  it('downloads the PEG as XLSX and takes back an edit and a new action filled offline', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Descargar el PEG (XLSX)' }).click()
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const sheet = wb.getWorksheet(PEG_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    expect(sheet.getRow(2).getCell(col(PEG_COLUMNS.flag)).value).toBe('Superposición');
    expect(String(sheet.getRow(2).getCell(col(PEG_COLUMNS.municipios)).value)).toBe('52227 Cumbal');
    sheet.getRow(2).getCell(col(PEG_COLUMNS.target4)).value = 45;
    const row = sheet.getRow(3);
    for (const [name, v] of [
      [PEG_COLUMNS.component, 'ambiental'],
      [PEG_COLUMNS.hito, 'Reconversión productiva'],
      [PEG_COLUMNS.action, 'Viveros comunitarios en Ipiales'],
      [PEG_COLUMNS.entity, 'Corponariño'],
      [PEG_COLUMNS.contact, 'Ana Erazo'],
      [PEG_COLUMNS.email, 'aerazo@corponarino.gov.co'],
      [PEG_COLUMNS.indicator, 'Plántulas entregadas'],
      [PEG_COLUMNS.start, '2027-05-01'],
      [PEG_COLUMNS.impact, 'Restauración de rondas'],
      [PEG_COLUMNS.level, 'municipal'],
      [PEG_COLUMNS.municipios, '52356']
    ])
      row.getCell(col(name!)).value = v!;
    const edited = join(tmpdir(), 'peg-diligenciado.xlsx');
    await wb.xlsx.writeFile(edited);
    const form = page.locator('[data-testid="importar-peg"]');
    await form.locator('input[type="file"]').setInputFiles(edited);
    await form.getByRole('button', { name: 'Importar' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText(), { timeout: 30_000 })
      .toContain('Importado: 1 nuevas, 1 actualizadas, 0 sin cambios.');
    const cards = page.locator('article[data-action]');
    expect(await cards.count()).toBe(2);
    expect(await cards.first().innerText()).toContain('metas 10 / 20 / 30 / 45');
    expect(await cards.nth(1).getAttribute('data-status')).toBe('prediligenciada');
  });

  it('a district session with live quorum approves the PEG by simple majority', async () => {
    await page.goto(`${session.app.url}/equipo/mesas/${district}`);
    const form = page.locator('[data-testid="form-sesion"]');
    await form.getByLabel('Mesa').selectOption('distrital');
    await form.getByLabel('Número de sesión').fill('2');
    await form.getByLabel('Fecha').fill('2027-03-10');
    await form.getByLabel('Lugar').fill('Alcaldía de Cumbal');
    await form.getByLabel('Objetivo').fill('Validar y aprobar el PEG');
    await form.getByLabel('Entidades convocadas').fill('MME\nANM\nMinisterio del Interior');
    await form.getByRole('button', { name: 'Crear sesión' }).click();
    const s = page.locator('article[data-session]').first();
    await s.waitFor();
    // 10 Mar 2027 − 15 days = Tue 23 Feb 2027, a business day.
    expect(await s.innerText()).toContain('Enviar la convocatoria (15 días antes): 2027-02-23');
    const quorum = s.locator('[data-testid="quorum"]');
    expect(await quorum.innerText()).toContain('0 de 3 presentes; se requieren 2 — sin quórum');
    await s.getByLabel('Asistencia de MME').selectOption('titular');
    await s.getByLabel('Asistencia de ANM').selectOption('delegado');
    await expect.poll(() => quorum.innerText()).toContain('1 de 3 presentes');
    expect(await quorum.innerText()).toContain('sin delegación escrita (no votan): ANM');
    await s.getByLabel('Delegación escrita de ANM').check();
    await expect
      .poll(() => quorum.innerText())
      .toContain('2 de 3 presentes; se requieren 2 — hay quórum');
    // MME's delegate input is disabled (not sent): ANM's delegate must still land on ANM.
    await s.getByLabel('Delegado de ANM').fill('Ana Pérez');
    const saved = page.waitForResponse(
      (r) => r.url().includes('asistencia') && r.request().method() === 'POST'
    );
    await s.getByRole('button', { name: 'Guardar asistencia' }).click();
    await saved;
    await page.reload();
    await expect.poll(() => s.getByLabel('Delegado de ANM').inputValue()).toBe('Ana Pérez');
    expect(await s.getByLabel('Delegado de MME').inputValue()).toBe('');
    await s.getByLabel('Asunto').fill('Aprobación del PEG');
    await s.getByLabel('A favor').fill('2');
    await s.getByLabel('Esta votación aprueba el PEG').check();
    await s.getByRole('button', { name: 'Registrar votación' }).click();
    const votes = s.locator('[data-testid="votaciones"]');
    await expect
      .poll(() => votes.innerText(), { timeout: 15_000 })
      .toContain('Aprobada: 2 votos a favor de 2 presentes');
    expect(await votes.innerText()).toContain('Acciones aprobadas: 1');
    expect(await page.locator('[data-testid="estado-peg"]').innerText()).toContain('1 aprobadas');
    await s.getByLabel('Compromiso').fill('Socializar el PEG con el cabildo');
    await s.getByLabel('Responsable').fill('Ministerio del Interior');
    await s.getByRole('button', { name: 'Agregar compromiso' }).click();
    await expect
      .poll(() => s.locator('[data-testid="compromisos"]').innerText())
      .toContain('Socializar el PEG con el cabildo — Ministerio del Interior');
    const [acta] = await Promise.all([
      page.waitForEvent('download'),
      s.getByRole('link', { name: 'Descargar el acta (DOCX)' }).click()
    ]);
    const doc = docxParts(new Uint8Array(readFileSync(await acta.path())));
    const [participants, voteTable, commitments] = doc.tables;
    expect(participants!.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['MME', 'Titular'],
      ['ANM', 'Delegado'],
      ['Ministerio del Interior', 'Ausente']
    ]);
    expect(voteTable![1]![0]).toBe('Aprobación del PEG');
    expect(commitments![1]!.slice(0, 2)).toEqual([
      'Socializar el PEG con el cabildo',
      'Ministerio del Interior'
    ]);
    await page.goto(`${session.app.url}/equipo/peg/${district}`);
    expect(await page.locator('article[data-action]').first().getAttribute('data-status')).toBe(
      'aprobada'
    );
    expect(session.consoleErrors).toEqual([]);
  });
});
