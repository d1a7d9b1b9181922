// The mesas registry in Chromium (issue 8): staff register two members of the district mesa of the
// Nordeste Antioqueño example, see them pre-filled in a new session, create session 1 with the
// guide's agenda (§2.2.2.1), record a late convocation (§2.2.1), and record a thematic session's
// representatives, one designated by the ethnic organizations taking part (§2.3.4).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { ADMIN, ADMIN_ENV } from './staff-client';

const DISTRICT = 'nordeste-antioqueno';
const MEMBERS = ['Agencia Nacional de Minería', 'Unidad de Planeación Minero Energética'];

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openSession({ width: 1300, height: 900 }, { env: ADMIN_ENV });
  page = session.page;
  await page.goto(`${session.app.url}/equipo/ingresar`);
  await page.getByLabel('Correo').fill(ADMIN.email);
  await page.getByLabel('Contraseña').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL(/\/equipo$/);
});

afterAll(() => session?.close());

const sessionForm = () => page.locator('[data-testid="form-sesion"]');

async function createSession(mesa: string, date: string, objective: string) {
  const form = sessionForm();
  await form.getByLabel('Mesa').selectOption(mesa);
  await form.getByLabel('Número de sesión').fill('1');
  await form.getByLabel('Fecha').fill(date);
  await form.getByLabel('Lugar').fill('Segovia');
  await form.getByLabel('Objetivo').fill(objective);
  await form.getByRole('button', { name: 'Crear sesión' }).click();
  const card = page.locator('article[data-session]', { hasText: objective });
  await card.waitFor();
  return card;
}

describe('registro de las mesas', () => {
  it('registers two members of the district mesa and pre-fills them in a new session', async () => {
    await page.goto(`${session.app.url}/equipo/mesas/${DISTRICT}`);
    const form = page.locator('[data-testid="form-integrante"]');
    const table = page.locator('[data-testid="integrantes"] table[data-mesa="distrital"]');
    for (const [i, entity] of MEMBERS.entries()) {
      await form.getByLabel('Mesa del integrante').selectOption('distrital');
      await form.getByLabel('Entidad', { exact: true }).fill(entity);
      await form.getByLabel('Delegado', { exact: true }).fill(`Delegada ${i + 1}`);
      await form.getByLabel('Correo del delegado').fill(`delegada${i + 1}@entidad.gov.co`);
      await form.getByRole('button', { name: 'Guardar integrante' }).click();
      await expect.poll(() => table.locator('tbody tr').count()).toBe(i + 1);
    }
    expect(await table.innerText()).toContain('delegada2@entidad.gov.co');
    const textarea = sessionForm().getByLabel('Entidades convocadas');
    await expect.poll(() => textarea.inputValue()).toBe(MEMBERS.join('\n'));
    // The thematic mesa has no registry nor sessions yet: nothing to pre-fill.
    await sessionForm().getByLabel('Mesa').selectOption('tematica');
    await expect.poll(() => textarea.inputValue()).toBe('');
    await sessionForm().getByLabel('Mesa').selectOption('distrital');
    await expect.poll(() => textarea.inputValue()).toBe(MEMBERS.join('\n'));
  });

  it('session 1 shows the §2.2.2.1 agenda and a late convocation', async () => {
    const card = await createSession('distrital', '2027-03-10', 'Instalar la mesa distrital');
    const agenda = card.locator('[data-testid="orden-del-dia"]');
    await agenda.locator('summary').click();
    expect(await agenda.locator('summary').innerText()).toBe('Orden del día (guía §2.2.2.1)');
    await expect.poll(() => agenda.innerText()).toContain('Instalación de la mesa');
    expect(await card.locator('table').innerText()).toContain(MEMBERS[1]);
    // 10 Mar 2027 − 15 days = Tue 23 Feb 2027; sent on Thursday 25, two days late.
    await card.getByLabel('Convocatoria enviada el').fill('2027-02-25');
    await card.getByRole('button', { name: 'Guardar fecha de envío' }).click();
    const status = card.locator('[data-testid="estado-convocatoria"]');
    await expect.poll(() => status.innerText()).toContain('Tardía');
    expect(await status.innerText()).toContain('2 días después del plazo (2027-02-23)');
  });

  it('a thematic session warns until the ethnic organizations designate a representative', async () => {
    const card = await createSession('tematica', '2027-04-14', 'Mesa zonal Segovia–Remedios');
    await card.getByLabel('Asistentes', { exact: true }).fill('28');
    await card.getByLabel('Profesionales').fill('2');
    await card.getByLabel('Con algún autorreconocimiento').fill('6');
    await card.getByLabel('Representantes elegidos').fill('2');
    await card.getByLabel('Participan organizaciones étnicas').check();
    await card.getByLabel('Designados por organizaciones étnicas').fill('0');
    await card.getByRole('button', { name: 'Guardar asistencia' }).click();
    const warnings = card.locator('[data-testid="composicion"]');
    await expect
      .poll(() => warnings.allInnerTexts())
      .toEqual([
        'Con organizaciones étnicas presentes, uno de los dos representantes lo designan ellas.'
      ]);
    await card.getByLabel('Designados por organizaciones étnicas').fill('1');
    await card.getByRole('button', { name: 'Guardar asistencia' }).click();
    await expect.poll(() => warnings.count()).toBe(0);
    expect(await card.getByLabel('Representantes elegidos').inputValue()).toBe('2');
    await page.reload();
    const reloaded = page.locator('article[data-session]', { hasText: 'Mesa zonal' });
    expect(await reloaded.getByLabel('Designados por organizaciones étnicas').inputValue()).toBe(
      '1'
    );
    expect(await reloaded.getByLabel('Participan organizaciones étnicas').isChecked()).toBe(true);
    expect(await reloaded.locator('[data-testid="composicion"]').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });
});
