// The change page of a team layer against the built server, in Chromium (issue 20, «A second
// version that removes a feature yields the expected flag flip on the change page»): two versions
// of the named fixture uploaded over HTTP, the page opened while the background re-screen runs,
// refreshing itself until it is done, showing Amalfi's consulta previa flag flip, and its XLSX.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AMALFI,
  FIXTURE_FIELDS,
  FIXTURE_LAYER,
  FIXTURE_V1,
  FIXTURE_V2
} from '../test/fixtures/team-layer-nordeste';
import { openSession, type BrowserSession } from './harness';
import { ADMIN_ENV, staffLogin } from './staff-client';

let session: BrowserSession;
let cookie: string;
beforeAll(async () => {
  session = await openSession(undefined, { env: ADMIN_ENV });
  cookie = await staffLogin(session.app.url);
  const eq = cookie.indexOf('=');
  await session.page
    .context()
    .addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: session.app.url }]);
});
afterAll(() => session?.close());

function upload(files: typeof FIXTURE_V1, corte: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...FIXTURE_FIELDS, corte })) form.set(k, v);
  for (const f of files) form.append('archivo', new Blob([f.bytes.slice()]), f.name);
  return fetch(`${session.app.url}/api/capas-equipo`, {
    method: 'POST',
    headers: { cookie, origin: session.app.url },
    body: form
  });
}

describe('change page', () => {
  it('follows the re-screen to the end and shows the flag that flips, with its XLSX', async () => {
    expect((await upload(FIXTURE_V1, '2025-01-31')).status).toBe(201);
    const second = await upload(FIXTURE_V2, '2025-02-28');
    expect(second.status).toBe(201);
    const path = second.headers.get('atlas-reanalisis')!;
    expect(path).toBe(`/equipo/capas/${FIXTURE_LAYER}/cambios`);

    const { page } = session;
    await page.goto(`${session.app.url}${path}`);
    const status = page.getByTestId('estado-reanalisis');
    // Opened right after the upload; the page refreshes itself while the run is queued or running.
    await status.getByText('Terminado').waitFor({ timeout: 90_000 });
    await expect(status.textContent()).resolves.toContain('3 de 3 distritos');
    const amalfi = page.locator(
      `[data-testid="cambios-nordeste-antioqueno"] tr[data-municipio="${AMALFI}"]`
    );
    await expect(amalfi.getByTestId('consulta').textContent()).resolves.toContain(
      'Superposición → Sin registro en las capas cargadas'
    );
    await expect(amalfi.textContent()).resolves.toContain('Fixture Amalfi');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('descargar-xlsx').click()
    ]);
    expect(download.suggestedFilename()).toBe(`cambios-${FIXTURE_LAYER}-v2.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('Cambios')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.some((r) => r[1] === AMALFI && r[4] === 'desaparece')).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });
});
