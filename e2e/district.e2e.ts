// The district workspace in Chromium (issue 5): paste the Nordeste Antioqueño codes (the guide's
// worked example), see contiguity, the profile and the constraint matrix, reload the permalink and
// see the same numbers; save it to the server store and open it again from the list.
import { strFromU8, unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type BrowserSession, type RunningApp } from './harness';
import { NORDESTE } from '../test/fixtures/districts';
import { docxParts } from '../test/fixtures/docx-parts';
import { MEMORIA_HEADINGS } from '../test/fixtures/memoria-headings';

let app: RunningApp;
let session: BrowserSession;
let page: Page;
let consoleErrors: string[] = [];

/** The figures a user reads: profile values and the matrix's municipio rows. */
async function figures() {
  const profile = page.locator('[data-testid="perfil-distrito"]');
  await profile.waitFor({ timeout: 90_000 });
  await page.locator('[data-testid="matriz"]').waitFor({ timeout: 60_000 });
  const text = async (id: string) =>
    (await page.locator(`[data-testid="${id}"]`).innerText()).trim();
  return {
    area: await text('perfil-area'),
    population: await text('perfil-poblacion'),
    nbi: await text('perfil-nbi'),
    pdet: await text('perfil-pdet'),
    rows: await page
      .locator('[data-testid="matriz"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code'))),
    flag: await text('alerta-distrito')
  };
}

beforeAll(async () => {
  session = await openSession({ width: 1400, height: 900 });
  ({ app, page, consoleErrors } = session);
});

afterAll(() => session?.close());

describe('distritos', () => {
  let first: Awaited<ReturnType<typeof figures>>;

  it('builds the Nordeste from pasted codes: contiguous, with profile, matrix and pre-screen', async () => {
    await page.goto(`${app.url}/distritos/nuevo`);
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByText('Pegar una lista de códigos').click();
    await page.locator('[data-testid="pegar-codigos"]').fill(`${NORDESTE.join(', ')}, 99999`);
    await page.getByRole('button', { name: 'Agregar códigos' }).click();
    expect(await page.locator('[data-testid="municipios-elegidos"] li').count()).toBe(10);
    expect(await page.getByRole('status').first().innerText()).toContain('99999');
    first = await figures();
    expect([...first.rows].sort()).toEqual([...NORDESTE].sort());
    expect(await page.locator('[data-testid="contiguidad"]').innerText()).toContain('Contiguo');
    // No ZOMAC list is bundled: the matrix says how to add it.
    expect(await page.locator('[data-testid="sin-zomac"]').innerText()).toContain(
      'Lista ZOMAC no cargada'
    );
    // DANE's figures summed over the ten municipios from the shared CSV/GeoJSON (as in
    // test/district-profile.test.ts): MPIO_NAREA 8,455.5 km²; projected population 2024 210,077,
    // +7.05 % since 2018; 4 PDET municipios.
    expect(first.area).toBe('8.455 km²');
    expect(first.population).toMatch(/^210\.077 \(\+7,05 % desde 2018\)/);
    expect(first.pdet).toMatch(/^4 de 10 municipios/);
    // The polygon sample is Nariño–Cauca–Putumayo, but the ANT's national record files two
    // resguardos under Segovia and one under Remedios (issue 19): the district is superposición,
    // with the overlap unmeasured and the record's caveat shown.
    expect(first.flag).toContain('Superposición');
    const consulta = await page.locator('[data-testid="consulta-previa"]').innerText();
    expect(consulta).toContain('Resguardo Indígena La Chinita');
    expect(consulta).toContain('Resguardo Indígena Korodo-Ite');
    expect(consulta).toContain('traslape sin medir');
    expect(await page.locator('[data-testid="registro-ant"]').innerText()).toContain(
      'no trae polígono'
    );
    expect(consulta).toContain('Títulos colectivos de comunidades negras');
    // RUNAP's per-municipio report (issue 19) is a matrix column of official figures: Anorí holds
    // the DRMI Bajo Cauca Nechí (34,108 ha), Cacica Noría and a reserve of the civil society.
    const matrix = page.locator('[data-testid="matriz"]');
    expect(await matrix.locator('th[data-layer="runap_reporte"]').innerText()).toContain(
      'Áreas protegidas (RUNAP)'
    );
    await matrix.locator('tr[data-code="05040"] button.cell').first().click();
    const runapCell = await page.locator('[data-testid="celda-detalle"]').innerText();
    expect(runapCell).toContain('Cifras oficiales del reporte de RUNAP');
    expect(runapCell).toMatch(
      /Bajo Cauca Nechí \(Distritos Regionales de Manejo Integrado\): 34\.108/
    );
    // The on-demand polygon layers were loaded for the district: MinAmbiente's compensation for a
    // subtraction in Segovia (SRF_00516, 137.04 ha recorded) is a cell of the matrix.
    const layers = await matrix
      .locator('thead th[data-layer]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-layer')));
    const column = layers.indexOf('compensaciones_sustracciones');
    expect(column).toBeGreaterThan(-1);
    const segovia = matrix.locator('tr[data-code="05736"] td.num').nth(column);
    expect(await segovia.innerText()).toMatch(/^136,8\d ha/);
    expect(page.url()).toContain(`m=${NORDESTE.join(',')},`.slice(0, 20));
  });

  it('opens a matrix cell: its features listed and outlined on the map', async () => {
    // Remedios (05604) meets a zona de reserva campesina (ANT, bundled).
    const matrix = page.locator('[data-testid="matriz"]');
    const layers = await matrix
      .locator('thead th[data-layer]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-layer')));
    await matrix
      .locator('tr[data-code="05604"] td.num')
      .nth(layers.indexOf('zonas_reserva_campesina'))
      .locator('button.cell')
      .click();
    const detail = page.locator('[data-testid="celda-detalle"]');
    await detail.waitFor();
    const feature = (await detail.locator('li').first().innerText()).split(':')[0]!;
    const filter = () =>
      page.evaluate(() =>
        JSON.stringify(
          (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getFilter(
            'zonas_reserva_campesina-resaltado'
          )
        )
      );
    await expect.poll(filter, { timeout: 30_000 }).toContain(JSON.stringify(feature));
  });

  it('reloads the permalink and shows the same numbers', async () => {
    await page.reload();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await figures()).toEqual(first);
  });

  it('downloads the DANCP evidence pack: the district and its ten municipios in 4686 and 9377', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-testid="paquete-dancp"]').click()
    ]);
    expect(file.suggestedFilename()).toBe('evidencias-dancp-distrito.zip');
    const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
    for (const name of ['LEAME.txt', 'traslapes_y_distancias.csv', 'shapefile_9377/municipios.prj'])
      expect(Object.keys(entries)).toContain(name);
    const municipios = JSON.parse(
      strFromU8(entries['municipios_9377.geojson']!)
    ) as FeatureCollection;
    expect(
      municipios.features.map((f) => f.properties?.codigo ?? f.properties?.code).sort()
    ).toEqual([...NORDESTE].sort());
    expect(strFromU8(entries['LEAME.txt']!)).toContain('SU-123/2018');
    // The ANT record's resguardos are rows of the table (no polygon to ship), with the record.
    const table = strFromU8(entries['traslapes_y_distancias.csv']!);
    expect(table).toContain('registro_oficial');
    expect(table).toContain('Resguardo Indígena La Chinita');
    expect(strFromU8(entries['LEAME.txt']!)).toContain('registro nacional ANT');
  });

  it('pre-fills the anexo 2, downloads it, and takes back a workbook the entities filled', async () => {
    const panel = page.locator('[data-testid="anexo2"]');
    await panel.getByRole('button', { name: 'Generar el anexo 2' }).click();
    await expect.poll(() => panel.locator('article').count(), { timeout: 60_000 }).toBe(7);
    expect(await panel.locator('article[data-aspect]').first().innerText()).toContain('210.077');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Descargar XLSX' }).click()
    ]);
    // The entities' edit, made offline on the downloaded workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const sheet = wb.getWorksheet('Anexo 2')!;
    expect(sheet.rowCount).toBe(8);
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf('Respuesta primaria de entidades');
    sheet.getRow(2).getCell(col).value = 'El DNP revisará el IPM con la Gobernación de Antioquia';
    const edited = join(tmpdir(), 'anexo2-diligenciado.xlsx');
    await wb.xlsx.writeFile(edited);
    await panel.locator('input[type="file"]').setInputFiles(edited);
    await expect
      .poll(() => panel.locator('article').first().locator('textarea').first().inputValue())
      .toBe('El DNP revisará el IPM con la Gobernación de Antioquia');
  });

  it('adds San Andrés and warns that the district is not contiguous', async () => {
    await page.locator('[data-testid="buscar-municipio"]').fill('san andres');
    await page.getByRole('option', { name: /SAN ANDRÉS.*88001/ }).click();
    await expect
      .poll(() => page.locator('[data-testid="contiguidad"]').innerText(), { timeout: 60_000 })
      .toContain('no es contiguo');
    await page.getByRole('button', { name: 'Quitar SAN ANDRÉS' }).click();
    await expect
      .poll(() => page.locator('[data-testid="contiguidad"]').innerText(), { timeout: 60_000 })
      .toContain('Contiguo');
  });

  it('pre-screens an uploaded area: a square around the Cumbal resguardo is superposición', async () => {
    // Hand-made test fixture: a 0.04° square around the bounding box of the ANT sample's
    // «Resguardo Indígena De Cumbal» (lon −77.837…−77.816, lat 0.815…0.837).
    const square = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { nombre: 'Área de prueba' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-77.85, 0.8],
                [-77.81, 0.8],
                [-77.81, 0.85],
                [-77.85, 0.85],
                [-77.85, 0.8]
              ]
            ]
          }
        }
      ]
    };
    await page.locator('[data-testid="area-analizada"] input[type="file"]').setInputFiles({
      name: 'area-prueba.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(square))
    });
    const flag = page.locator('[data-testid="alerta-area"]');
    await flag.waitFor({ timeout: 60_000 });
    expect(await flag.innerText()).toContain('Superposición');
    const panel = await page.locator('[data-testid="area-analizada"]').innerText();
    expect(panel).toContain('Resguardo Indígena De Cumbal (pueblo Pastos)');
  });

  it('pre-screens an area drawn on the map around the Cumbal resguardo', async () => {
    await page.evaluate(async () => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      m.jumpTo({ center: [-77.83, 0.825], zoom: 11 });
      await new Promise((r) => m.once('idle', r));
    });
    await page.locator('[data-testid="dibujar-area"]').click();
    await page.getByText('Haga clic en los vértices').waitFor();
    // Terra Draw loads on demand: the map says when it takes the clicks.
    await page.locator('[data-testid="mapa"][data-drawing="polygon"]').waitFor();
    const box = (await page.locator('[data-testid="mapa"]').boundingBox())!;
    const corners: [number, number][] = [
      [-77.85, 0.8],
      [-77.81, 0.8],
      [-77.81, 0.85],
      [-77.85, 0.85],
      [-77.85, 0.8]
    ];
    for (const c of corners) {
      const pt = await page.evaluate(
        (lngLat) =>
          (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.project(
            lngLat
          ),
        c
      );
      await page.mouse.move(box.x + pt.x, box.y + pt.y, { steps: 5 });
      await page.mouse.click(box.x + pt.x, box.y + pt.y);
    }
    const flag = page.locator('[data-testid="alerta-area"]');
    await expect.poll(() => flag.innerText(), { timeout: 60_000 }).toContain('Área dibujada');
    expect(await flag.innerText()).toContain('Superposición');
    expect(await page.locator('[data-testid="area-analizada"]').innerText()).toContain(
      'Resguardo Indígena De Cumbal'
    );
  });

  it('saves the district to the server and opens it again from the list, same numbers', async () => {
    await page.getByLabel('Nombre del distrito').fill('Nordeste de prueba');
    await page.locator('[data-testid="guardar-distrito"]').click();
    await page.waitForURL(/\/distritos\/nordeste-de-prueba\?/, { timeout: 30_000 });
    await page.goto(`${app.url}/distritos`);
    await page.getByRole('link', { name: 'Nordeste de prueba' }).click();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await figures()).toEqual(first);
  });

  it("saves the mesa's anexo 2 answer in the server store and finds it after a reload", async () => {
    const panel = page.locator('[data-testid="anexo2"]');
    await panel.getByRole('button', { name: 'Generar el anexo 2' }).click();
    await expect.poll(() => panel.locator('article').count(), { timeout: 60_000 }).toBe(7);
    const answer = panel.locator('article[data-aspect="minero"] textarea').first();
    await answer.fill('La ANM revisará la minería de subsistencia en Segovia y Remedios');
    await page.locator('[data-testid="guardar-anexo2"]').click();
    await expect.poll(() => panel.getByRole('status').innerText()).toContain('Guardado: 1 aspecto');
    await page.reload();
    await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await figures();
    await panel.getByRole('button', { name: 'Generar el anexo 2' }).click();
    await expect
      .poll(() => panel.locator('article[data-aspect="minero"] textarea').first().inputValue(), {
        timeout: 60_000
      })
      .toBe('La ANM revisará la minería de subsistencia en Segovia y Remedios');
  });

  it('downloads the memoria justificativa: seven sections, the ten municipios, figures drawn by the page', async () => {
    const panel = page.locator('[data-testid="memoria"]');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      panel.getByRole('button', { name: 'Descargar memoria (DOCX)' }).click()
    ]);
    expect(file.suggestedFilename()).toBe('memoria-justificativa-nordeste-de-prueba.docx');
    const doc = docxParts(new Uint8Array(readFileSync(await file.path())));
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      MEMORIA_HEADINGS
    );
    expect(
      doc.paragraphs
        .slice(0, 10)
        .map((p) => p.text)
        .join(' ')
    ).toContain('«Nordeste de prueba»');
    const [table] = doc.tables;
    expect(
      table!
        .slice(1, -1)
        .map((r) => r[2])
        .sort()
    ).toEqual([...NORDESTE].sort());
    expect(table!.at(-1)![4]).toBe('210.077'); // DANE projection 2024, as the profile shows
    // Map, population and constraint chart, each as SVG and as the PNG the page's canvas drew at
    // twice the SVG's size (IHDR width and height, big-endian at bytes 16 and 20).
    const pngs = doc.images.filter((p) => p.endsWith('.png')).map((p) => doc.files[p]!);
    const svgs = doc.images.filter((p) => p.endsWith('.svg')).map((p) => strFromU8(doc.files[p]!));
    expect(pngs.length).toBe(3);
    expect(svgs.length).toBe(3);
    svgs.forEach((svg, i) => {
      const png = new DataView(pngs[i]!.buffer, pngs[i]!.byteOffset);
      expect([...pngs[i]!.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png.getUint32(16)).toBe(2 * Number(/width="(\d+)"/.exec(svg)![1]));
      expect(png.getUint32(20)).toBe(2 * Number(/height="(\d+)"/.exec(svg)![1]));
    });
    expect(svgs[0]).toContain('Segovia');
    // A blank 1200-px canvas deflates to a few KB; the drawn district map is far larger.
    expect(pngs[0]!.length).toBeGreaterThan(30_000);
    expect(consoleErrors).toEqual([]);
  });
});
