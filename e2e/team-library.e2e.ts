// The staff library page /equipo/capas in Chromium (issue 20): staff sign in and see the empty
// library's instructions; two versions of a layer uploaded through the API are listed with their
// provenance; ticking «Mostrar en el mapa público» makes /api/capas-publicas (no session) list
// it; retiring the current version shows it retired and the public list falls back to version 1;
// a role without `capas` sees the page read-only.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../test/fixtures/sources';
import { openSession, type BrowserSession } from './harness';
import { ADMIN, ADMIN_ENV, postAction, staffLogin } from './staff-client';

const RESGUARDOS = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;
const READER = { email: 'lectora@mininterior.gov.co', password: 'clave-de-lectura-e2e-1' };
let session: BrowserSession;
let page: Page;
let cookie: string;

async function signInAt(p: Page, who: { email: string; password: string }) {
  await p.goto(`${session.app.url}/equipo/capas`);
  await p.waitForURL(/\/equipo\/ingresar\?volver=/);
  await p.getByLabel('Correo').fill(who.email);
  await p.getByLabel('Contraseña').fill(who.password);
  await p.getByRole('button', { name: 'Ingresar' }).click();
  await p.waitForURL(/\/equipo\/capas$/);
}

/** POST /api/capas-equipo as the admin: the ANT sample as an ethnic layer. */
async function uploadVersion(): Promise<number> {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    nombre: 'resguardos-ant',
    tipo: 'etnico',
    productor: 'Agencia Nacional de Tierras (ANT)',
    corte: '2025-06-09',
    licencia: 'CC BY 4.0'
  }))
    form.set(k, v);
  form.append('archivo', new Blob([readFileSync(RESGUARDOS)]), 'resguardos.geojson');
  const r = await fetch(`${session.app.url}/api/capas-equipo`, {
    method: 'POST',
    headers: { cookie, origin: session.app.url },
    body: form
  });
  expect(r.status).toBe(201);
  return ((await r.json()) as { version: number }).version;
}

const publicList = async () => {
  const r = await fetch(`${session.app.url}/api/capas-publicas`);
  expect(r.status).toBe(200);
  return (await r.json()) as { id: string; version: number }[];
};

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 }, { env: ADMIN_ENV });
  page = session.page;
  cookie = await staffLogin(session.app.url);
});
afterAll(() => session?.close());

describe('biblioteca del equipo', () => {
  it('an empty library says how to add a layer', async () => {
    await signInAt(page, ADMIN);
    await page.getByRole('link', { name: 'Capas' }).waitFor();
    const empty = await page.locator('[data-testid="biblioteca-vacia"]').innerText();
    expect(empty).toContain('Guardar para el equipo');
    expect(empty).toContain('npm run atlas -- capas agregar');
  });

  it('lists the versions uploaded through the API with their provenance', async () => {
    expect([await uploadVersion(), await uploadVersion()]).toEqual([1, 2]);
    await page.reload();
    const layer = page.locator('section[data-layer="resguardos-ant"]');
    await expect.poll(() => layer.locator('tbody tr').count()).toBe(2);
    const [listed] = (await (
      await fetch(`${session.app.url}/api/capas-equipo`, { headers: { cookie } })
    ).json()) as { versions: { sha256: string; feature_count: number }[] }[];
    const v2 = layer.locator('tr[data-version="2"]');
    const text = await v2.innerText();
    for (const s of ['2025-06-09', 'Agencia Nacional de Tierras (ANT)', 'CC BY 4.0'])
      expect(text).toContain(s);
    expect(text).toContain('resguardos.geojson');
    expect(text).toContain(ADMIN.email);
    expect(text).toContain(String(listed!.versions[1]!.feature_count));
    const sha = v2.locator('code[title]');
    expect(await sha.getAttribute('title')).toBe(listed!.versions[1]!.sha256);
    expect(await sha.innerText()).toBe(`${listed!.versions[1]!.sha256.slice(0, 12)}…`);
    expect(await v2.locator('[data-testid="estado"]').innerText()).toBe('vigente');
    expect(await layer.locator('tr[data-version="1"] [data-testid="estado"]').innerText()).toBe(
      'anterior'
    );
    expect(await layer.getByRole('link', { name: 'Cambios' }).getAttribute('href')).toBe(
      '/equipo/capas/resguardos-ant/cambios'
    );
  });

  it('ticking «Mostrar en el mapa público» makes the public API list it', async () => {
    expect(await publicList()).toEqual([]);
    const layer = page.locator('section[data-layer="resguardos-ant"]');
    await layer.getByLabel('Mostrar en el mapa público').check();
    await expect
      .poll(() => layer.getByRole('status').innerText())
      .toContain('se muestra en el mapa público');
    expect(await layer.getByLabel('Mostrar en el mapa público').isChecked()).toBe(true);
    expect((await publicList()).map((l) => [l.id, l.version])).toEqual([['resguardos-ant', 2]]);
    const got = await fetch(`${session.app.url}/api/capas-publicas/resguardos-ant/2`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
  });

  it('retiring the current version shows it retired; the public map falls back to 1', async () => {
    const layer = page.locator('section[data-layer="resguardos-ant"]');
    const v2 = layer.locator('tr[data-version="2"]');
    await v2.getByText('Retirar', { exact: true }).click();
    expect(await v2.locator('details').innerText()).toContain('No se puede deshacer');
    await v2.getByRole('button', { name: 'Confirmar el retiro de la versión 2' }).click();
    await expect.poll(() => v2.getAttribute('data-retired')).toBe('true');
    expect(await v2.locator('[data-testid="estado"]').innerText()).toMatch(
      new RegExp(`^retirada\\n.* · ${ADMIN.email}$`)
    );
    expect(await v2.getByText('Retirar', { exact: true }).count()).toBe(0);
    expect(await layer.locator('tr[data-version="1"] [data-testid="estado"]').innerText()).toBe(
      'vigente'
    );
    expect((await publicList()).map((l) => [l.id, l.version])).toEqual([['resguardos-ant', 1]]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('a role without `capas` sees the library read-only', async () => {
    const created = await postAction(
      session.app.url,
      '/equipo/usuarios',
      'crear',
      { email: READER.email, nombre: 'Lectora', rol: 'mininterior', password: READER.password },
      cookie
    );
    expect(created.type).toBe('success');
    const reader = await (await session.browser.newContext()).newPage();
    await signInAt(reader, READER);
    const layer = reader.locator('section[data-layer="resguardos-ant"]');
    await layer.waitFor();
    expect(await reader.locator('[data-testid="solo-lectura"]').isVisible()).toBe(true);
    expect(await layer.getByLabel('Mostrar en el mapa público').isDisabled()).toBe(true);
    expect(await layer.getByLabel('Mostrar en el mapa público').isChecked()).toBe(true);
    expect(await layer.getByText('Retirar', { exact: true }).count()).toBe(0);
    // The action refuses the role even when posted by hand; the layer stays public.
    const readerCookie = await staffLogin(session.app.url, READER);
    const refused = await postAction(
      session.app.url,
      '/equipo/capas',
      'retirar',
      { id: 'resguardos-ant', version: '1' },
      readerCookie
    );
    expect(refused.status).toBe(403);
    expect((await publicList()).map((l) => l.version)).toEqual([1]);
  });
});
