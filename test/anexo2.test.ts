// The anexo 2 (issue 6) of the Nordeste Antioqueño, end to end in Node: facts computed from the
// bundled data (DuckDB + overlay engine), pre-filled, written as XLSX and read back with exceljs
// and read-excel-file. Figures are checked against expectations computed here from the raw public
// files (DANE, UARIV/ART via ODPI), never from the modules' own output; then a round trip: the
// mesas' columns filled in the workbook with exceljs, re-imported with readAnexo2.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LAYERS } from '../src/lib/catalog/catalog';
import { anexo2Xlsx } from '../src/lib/export/anexo2-xlsx';
import { catalogProvenance } from '../src/lib/export/catalog-provenance';
import { ImportError } from '../src/lib/import/import-error';
import { readAnexo2 } from '../src/lib/import/read-anexo2';
import { districtComputation } from '../src/lib/node/district-facts';
import type { Anexo2Row } from '../src/lib/domain/anexo2-facts';
import { prefillAnexo2 } from '../src/lib/domain/anexo2-prefill';
import { GUIDE_ASPECTS } from './fixtures/anexo2-guide';
import { NORDESTE } from './fixtures/districts';

import { SOURCES } from './fixtures/sources';
const rawCsv = (path: string) => csvParse(readFileSync(`${SOURCES}/${path}`, 'utf8'));
const inNordeste = (code: string | undefined) => NORDESTE.includes(code ?? '');
const es2 = (n: number) =>
  new Intl.NumberFormat('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

// Independent expectations from the raw DANE and UARIV/ART files.
const population = rawCsv('socioeconomico/poblacion_proyeccion_municipal_total.csv').filter((r) =>
  inNordeste(r.cod_dane_mpio)
);
const popIn = (year: number) =>
  population.filter((r) => Number(r.anio) === year).reduce((a, r) => a + Number(r.total), 0);
const latestYear = Math.max(...population.map((r) => Number(r.anio)));
const pop2018 = new Map(
  population.filter((r) => r.anio === '2018').map((r) => [r.cod_dane_mpio!, Number(r.total)])
);
const nbiRows = rawCsv('socioeconomico/nbi_cnpv2018_municipios.csv').filter((r) =>
  inNordeste(r.cod_dane_mpio)
);
const weighted = (column: string) =>
  nbiRows.reduce((a, r) => a + Number(r[column]) * pop2018.get(r.cod_dane_mpio!)!, 0) /
  nbiRows.reduce((a, r) => a + pop2018.get(r.cod_dane_mpio!)!, 0);
const pdet = rawCsv('pdet_zomac/pdet_municipios_irv2022.csv').filter(
  (r) => inNordeste(r.cod_dane_mpio) && r.pdet === '1'
);

const HEADER = [
  'Aspecto general',
  'Entidad responsable',
  'Componente(s) PEG',
  'Aspecto del análisis de dinámicas',
  'Información faltante',
  'Respuesta primaria de entidades',
  '¿Es suficiente para mitigar la problemática?',
  'Propuestas de la mesa'
];
const NAMES =
  'Segovia, Remedios, San Roque, Santo Domingo, Cisneros, Amalfi, Anorí, Vegachí, Yalí y Yolombó';

let rows: Anexo2Row[];
let bytes: Uint8Array;

beforeAll(async () => {
  const { facts } = await districtComputation('data', NORDESTE, { name: 'Nordeste Antioqueño' });
  rows = prefillAnexo2(facts);
  bytes = await anexo2Xlsx(
    rows,
    {
      district: facts.name,
      municipios: facts.profile.municipios.map((m) => `${m.name} (${m.code})`),
      generated: new Date('2025-03-14T03:30:00Z') // 13 March in Bogotá
    },
    BUNDLED_LAYERS.map((l) => catalogProvenance(l.id, l.title))
  );
});

async function workbook(data: Uint8Array = bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

/** Rows of a sheet as plain text cells (exceljs). */
const values = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1).map((c) => (c == null ? null : String(c))));

describe('anexo 2 of the Nordeste Antioqueño as XLSX', () => {
  it('writes the seven aspects in the guide order with their responsible entities (exceljs)', async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Anexo 2', 'Fuentes', 'Distrito']);
    const [header, ...body] = values(wb.getWorksheet('Anexo 2')!);
    expect(header).toEqual(HEADER);
    expect(body.map((r) => [r[0], r[1]])).toEqual(GUIDE_ASPECTS.map((a) => [a.title, a.entity]));
    expect(body.map((r) => r[2])).toEqual([
      'social',
      'étnico',
      'ambiental',
      'institucional',
      'económico',
      'minero',
      'económico'
    ]);
    for (const r of body) {
      expect(r[3]!.length).toBeGreaterThan(40); // never blank
      expect(r[4]).toMatch(/^• /); // información faltante listed
      expect([5, 6, 7].map((i) => r[i] ?? null)).toEqual([null, null, null]); // mesas' columns
    }
  });

  it('puts the DANE and UARIV/ART figures of the raw files in the socioeconomic row', async () => {
    const [header, ...body] = (await readXlsxFile(Buffer.from(bytes)))[0]!.data;
    expect(header).toEqual(HEADER);
    const text = String(body[0]![3]);
    expect(latestYear).toBe(2024);
    expect(popIn(2024)).toBe(210077);
    const change = ((popIn(2024) - popIn(2018)) / popIn(2018)) * 100;
    expect(es2(change)).toBe('7,05');
    expect(es2(weighted('total_nbi'))).toBe('20,30');
    expect(pdet).toHaveLength(4);
    expect(text).toContain(
      'Población proyectada 2024: 210.077 habitantes (DANE, proyecciones post-CNPV 2018), +7,05 % desde 2018.'
    );
    expect(text).toContain('NBI ponderado por población 20,30 % (DANE, CNPV 2018)');
    expect(text).toContain(`miseria ${es2(weighted('total_miseria'))} %`);
    expect(text).toContain(
      `alta dependencia económica ${es2(weighted('total_dependencia_economica'))} %`
    );
    const subregion = pdet[0]!.pdet_subregion!;
    expect(pdet.every((r) => r.pdet_subregion === subregion)).toBe(true);
    expect(text).toContain(`4 de 10 municipios PDET (${subregion};`);
    expect(String(body[0]![4])).toMatch(/IPM/);
  });

  it('lists RUNAP and the ANM mining titles as información faltante (not bundled)', () => {
    const [, , bio, , agro, minero] = rows;
    expect(bio!.missing.join(' ')).toMatch(
      /No se ha cargado la capa «Polígonos de áreas protegidas RUNAP/
    );
    // RUNAP's per-municipio report is bundled: the aspect reads its official figures.
    expect(bio!.aspecto).toMatch(/^«Áreas protegidas \(RUNAP\)» \(Parques Nacionales Naturales/);
    expect(bio!.aspecto).toContain('cifras oficiales por municipio, no recalculadas');
    // The bundled ambiental layers are read: the only one inside the district is MinAmbiente's
    // compensation for the «El Pescado» mine subtraction in Segovia (SRF_00516, 137.04 ha recorded).
    expect(bio!.aspecto).toMatch(/«Humedales Ramsar» \(.*\): sin traslape con los 10 municipios/);
    expect(bio!.aspecto).toMatch(
      /«Áreas de compensación por sustracción de reservas forestales» \(.*\): 1 de 10 municipios con traslape, 136,81 ha .*Segovia/
    );
    expect(bio!.aspecto).toContain('SRF_00516'); // a code keeps its spelling, not «Srf_00516»
    expect(minero!.missing[0]).toMatch(/No se han cargado títulos mineros ANM/);
    expect(agro!.missing.join(' ')).toMatch(/Frontera agrícola nacional/);
  });

  it('flags Segovia and Remedios from the ANT record, «sin registro» for the other eight, and names the layer limits', async () => {
    const [, ethnic] = (await readXlsxFile(Buffer.from(bytes)))[0]!.data.slice(1);
    // Issue 19's hand check of the ANT table: two resguardos in Segovia, one in Remedios.
    expect(String(ethnic![3])).toContain(
      'Superposición: 2 de 10 municipios (Segovia: Resguardo Indígena Embera - Katio deTagual  - La Po (pueblo EMBERA KATIO): registrado por la ANT en el municipio, área registrada 1.830,63 ha'
    );
    expect(String(ethnic![3])).toContain('Remedios: Resguardo Indígena Korodo-Ite');
    expect(String(ethnic![3])).toContain('traslape sin medir (sin polígono)');
    const others = NAMES.replace('Segovia, Remedios, ', '');
    expect(String(ethnic![3])).toContain(
      `Sin registro en las capas cargadas: 8 de 10 municipios (${others}).`
    );
    expect(String(ethnic![3])).toMatch(/DANCP decide por afectación directa/);
    expect(String(ethnic![4])).toContain(
      'Muestra regional de 14 resguardos de más de 850 en el país: sirve para probar los cruces, no para concluir ausencia de comunidades.'
    );
    expect(String(ethnic![4])).toMatch(/consejos comunitarios/);
  });

  it('offers sí / parcialmente / no on the sufficiency column, wraps text, and files district and date', async () => {
    const wb = await workbook();
    const ws = wb.getWorksheet('Anexo 2')!;
    for (let r = 2; r <= 8; r++) {
      expect(ws.getCell(r, 7).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"sí,parcialmente,no"']
      });
      expect(ws.getCell(r, 4).alignment?.wrapText).toBe(true);
    }
    expect(ws.getCell(9, 7).dataValidation?.type).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const info = values(wb.getWorksheet('Distrito')!);
    expect(info[0]).toEqual(['Distrito', 'Nordeste Antioqueño']);
    expect(info[1]![1]).toContain('SEGOVIA (05736)');
    expect(info[2]).toEqual(['Fecha de generación', '2025-03-13']);
    const sources = values(wb.getWorksheet('Fuentes')!);
    expect(sources).toHaveLength(BUNDLED_LAYERS.length + 1);
    expect(sources.map((r) => r[0])).toContain(
      'Necesidades Básicas Insatisfechas (NBI), CNPV 2018'
    );
  });
});

describe('anexo 2 re-import', () => {
  /** The generated workbook with the mesas' columns filled as an entity would in Excel. */
  async function filled(edit: (ws: ExcelJS.Worksheet) => void) {
    const wb = await workbook();
    edit(wb.getWorksheet('Anexo 2')!);
    return { name: 'anexo2-diligenciado.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
  }

  it('brings back the edits (accents, line breaks) and flags a sufficiency that is not sí/parcialmente/no', async () => {
    const file = await filled((ws) => {
      ws.getCell(2, 6).value =
        'Oferta del DNP: Kit de Planeación Territorial;\nasistencia técnica en Anorí.';
      ws.getCell(2, 7).value = 'SÍ';
      ws.getCell(2, 8).value = 'Priorizar la medición del IPM en zona rural.';
      ws.getCell(3, 7).value = 'Parcialmente';
      ws.getCell(3, 8).value =
        'Caracterización con las organizaciones étnicas de Segovia y Remedios.';
      ws.getCell(4, 7).value = 'si';
      ws.getCell(7, 7).value = 'tal vez';
      ws.getCell(7, 6).value = 'Programa de formalización minera (MME).';
    });
    const { edits, warnings } = await readAnexo2(file);
    expect(edits.map((e) => e.aspect)).toEqual(GUIDE_ASPECTS.map((a) => a.id));
    expect(edits[0]).toEqual({
      aspect: 'socioeconomica',
      respuesta: 'Oferta del DNP: Kit de Planeación Territorial;\nasistencia técnica en Anorí.',
      suficiente: 'sí',
      propuestas: 'Priorizar la medición del IPM en zona rural.'
    });
    expect(edits[1]).toMatchObject({ suficiente: 'parcialmente', respuesta: '' });
    expect(edits[1]!.propuestas).toBe(
      'Caracterización con las organizaciones étnicas de Segovia y Remedios.'
    );
    expect(edits[2]!.suficiente).toBe('sí');
    expect(edits[5]).toMatchObject({
      respuesta: 'Programa de formalización minera (MME).',
      suficiente: null
    });
    expect(edits[6]).toEqual({
      aspect: 'otros_sectores',
      respuesta: '',
      suficiente: null,
      propuestas: ''
    });
    expect(warnings).toEqual([
      'Fila 7 («Análisis del sector minero»): «tal vez» no es una respuesta válida de «¿Es suficiente para mitigar la problemática?» (sí, parcialmente o no); se deja vacía.'
    ]);
  });

  it('matches aspects by title without accents or case, wherever the header sits', async () => {
    const file = await filled((ws) => {
      ws.getCell(6, 1).value = 'CONDICIONES AGROPECUARIAS';
      ws.getCell(6, 7).value = 'No';
      ws.getCell(4, 1).value = 'identificacion de los recursos bioculturales';
      ws.getCell(4, 8).value = 'Incluir el POMCA del río Nus.';
      ws.getCell(8, 1).value = 'Turismo';
      ws.spliceRows(1, 0, ['Mesa temática minero-ambiental, Segovia'], []);
    });
    const { edits, warnings } = await readAnexo2(file);
    expect(edits.find((e) => e.aspect === 'agropecuarias')?.suficiente).toBe('no');
    expect(edits.find((e) => e.aspect === 'bioculturales')?.propuestas).toBe(
      'Incluir el POMCA del río Nus.'
    );
    expect(edits).toHaveLength(6);
    expect(warnings).toEqual([
      'Fila 10: «Turismo» no es un aspecto del anexo 2; se ignora.',
      'Falta la fila del aspecto «Análisis de otros sectores económicos».'
    ]);
  });

  it('refuses a damaged workbook and one that is not an anexo 2, naming the file', async () => {
    const truncated = { name: 'anexo2-roto.xlsx', bytes: bytes.slice(0, bytes.length / 2) };
    await expect(readAnexo2(truncated)).rejects.toThrow(ImportError);
    await expect(readAnexo2(truncated)).rejects.toThrow(/«anexo2-roto\.xlsx»: libro de Excel/);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Municipios').addRows([
      ['Código', 'Nombre'],
      ['05736', 'Segovia']
    ]);
    const foreign = {
      name: 'municipios.xlsx',
      bytes: new Uint8Array(await other.xlsx.writeBuffer())
    };
    await expect(readAnexo2(foreign)).rejects.toThrow(
      /«municipios\.xlsx»: no es un anexo 2: ninguna hoja tiene la columna «Aspecto general» \(hojas: Municipios\)/
    );
  });
});
