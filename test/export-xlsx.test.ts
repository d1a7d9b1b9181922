// XLSX exports (issue 4), read back twice — with exceljs and, independently, with read-excel-file —
// and compared with the sources: the real ANT resguardo sample (shared data) for a layer's
// attributes, the golden resguardos × municipios cut (test/out) for the overlap table.
import { csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';
import type { FeatureCollection } from 'geojson';
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { catalogProvenance } from '../src/lib/export/catalog-provenance';
import { layerTableXlsx } from '../src/lib/export/layer-table-xlsx';
import { overlapsCsv } from '../src/lib/export/overlaps-csv';
import { overlapsXlsx } from '../src/lib/export/overlaps-xlsx';
import { importLayer } from '../src/lib/import/import-layer';
import { matchPreset } from '../src/lib/import/layer-presets';
import type { OverlayPair } from '../src/lib/geo/overlay-types';

import { SOURCES } from './fixtures/sources';
const ANT = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;
const SOURCES_HEADER = [
  'Capa',
  'Productor',
  'Versión o fecha de corte',
  'Licencia',
  'Archivo o fuente'
];
const PROVENANCE = {
  title: 'Resguardos indígenas (ANT)',
  producer: 'Agencia Nacional de Tierras (ANT)',
  cutoff: '2023-09-30',
  license: 'Datos abiertos, sin licencia declarada',
  source: 'resguardos_ant_muestra_narino_cauca_putumayo.geojson'
};

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;

/** A value as a cell reader gives it back: an empty string is an empty cell. */
const asCell = (v: unknown) => (v === undefined || v === '' ? null : v);

/** Every sheet of a workbook as rows of plain values, read with exceljs. */
async function readWithExceljs(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => ({
    ws,
    rows: ws
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1).map(asCell))
  }));
}

async function layerWorkbook() {
  const raw = await readJson<FeatureCollection>(ANT);
  const layer = await importLayer([{ name: PROVENANCE.source, bytes: await readFile(ANT) }]);
  const preset = matchPreset(layer.fields)!;
  const bytes = await layerTableXlsx(layer.features, preset, PROVENANCE);
  return { raw, preset, bytes };
}

describe('layer attributes as XLSX', () => {
  it('writes one row per feature, every attribute in the file order, numbers as numbers (exceljs)', async () => {
    const { raw, preset, bytes } = await layerWorkbook();
    const [attributes, sources] = await readWithExceljs(bytes);
    expect(attributes!.ws.name).toBe('Atributos');
    const fields = Object.keys(raw.features[0]!.properties!);
    const [header, ...rows] = attributes!.rows;
    expect(header).toEqual(['elemento', 'nombre_elemento', ...fields]);
    expect(rows).toHaveLength(raw.features.length);
    raw.features.forEach((f, i) => {
      const p = f.properties!;
      expect(rows[i]!.slice(0, 2)).toEqual([p[preset.keyField], p[preset.nameField]]);
      expect(rows[i]!.slice(2)).toEqual(fields.map((k) => asCell(p[k])));
    });
    expect(rows.map((r) => r[1])).toContain('Resguardo Indígena La Montaña');
    expect(typeof rows[0]![2 + fields.indexOf('Shape_Area')]).toBe('number');
    expect(attributes!.ws.getRow(1).font?.bold).toBe(true);
    expect(attributes!.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const widths = attributes!.ws.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(widths[2 + fields.indexOf('GlobalID')]).toBeGreaterThanOrEqual(38);
    expect(sources!.ws.name).toBe('Fuentes');
    expect(sources!.rows).toEqual([
      SOURCES_HEADER,
      [
        PROVENANCE.title,
        PROVENANCE.producer,
        PROVENANCE.cutoff,
        PROVENANCE.license,
        PROVENANCE.source
      ]
    ]);
  });

  it('reads back the same with read-excel-file: accents, exact numbers, provenance', async () => {
    const { raw, bytes } = await layerWorkbook();
    const sheets = await readXlsxFile(Buffer.from(bytes), { trim: false });
    expect(sheets.map((s) => s.sheet)).toEqual(['Atributos', 'Fuentes']);
    const fields = Object.keys(raw.features[0]!.properties!);
    const [header, ...rows] = sheets[0]!.data;
    expect(header).toEqual(['elemento', 'nombre_elemento', ...fields]);
    expect(rows).toHaveLength(raw.features.length);
    raw.features.forEach((f, i) =>
      fields.forEach((k, j) => expect(asCell(rows[i]![j + 2])).toBe(asCell(f.properties![k])))
    );
    const names = rows.map((r) => r[fields.indexOf('NOMBRE') + 2]);
    expect(names).toContain('Resguardo Indígena La Montaña');
    expect(names).toContain('Resguardo Indígena  Misak Piscitau');
    expect(sheets[1]!.data[1]).toEqual(Object.values(PROVENANCE));
  });
});

describe('overlap table as XLSX', () => {
  type Props = Omit<OverlayPair, 'geometry'>;
  const GOLDEN = 'test/out/resguardos-x-municipios-sur.geojson';
  const MUNICIPIOS = 'test/in/municipios-narino-cauca-putumayo.geojson';

  async function overlapWorkbook() {
    const pairs = (await readJson<FeatureCollection>(GOLDEN)).features.map(
      (f) => f.properties as Props
    );
    const names = new Map(
      (await readJson<FeatureCollection>(MUNICIPIOS)).features.map((f) => [
        String(f.properties!.code),
        String(f.properties!.name)
      ])
    );
    const capa = 'Resguardos indígenas — muestra Nariño, Cauca, Putumayo';
    const rows = pairs.map((pair) => ({
      municipio: pair.municipio,
      nombre: names.get(pair.municipio)!,
      capa,
      pair
    }));
    const bytes = await overlapsXlsx(rows, [catalogProvenance('resguardos_muestra', capa)]);
    return { pairs, names, capa, bytes };
  }

  /** The columns of the CSV export, which the workbook repeats. */
  const HEADER = csvParse(overlapsCsv([]).slice(1)).columns;

  it('writes every pair with the CSV columns and full-precision numeric cells, in both readers', async () => {
    const { pairs, names, capa, bytes } = await overlapWorkbook();
    const expected = pairs.map((p) => [
      p.municipio,
      names.get(p.municipio),
      capa,
      p.feature,
      p.overlap_ha,
      p.pct_of_municipio,
      p.pct_of_feature,
      p.borde ? 'sí' : 'no'
    ]);
    const [traslapes] = await readWithExceljs(bytes);
    expect(traslapes!.ws.name).toBe('Traslapes');
    expect(HEADER.slice(3)).toEqual([
      'elemento',
      'traslape_ha',
      'pct_del_municipio',
      'pct_del_elemento',
      'borde'
    ]);
    expect(traslapes!.rows).toEqual([HEADER, ...expected]);
    expect(traslapes!.ws.getRow(1).font?.bold).toBe(true);
    const [sheet] = await readXlsxFile(Buffer.from(bytes), { trim: false });
    expect(sheet!.data).toEqual([HEADER, ...expected]);
    expect(expected.some((r) => /[ÁÉÍÓÚÑ]/.test(String(r[1])))).toBe(true);
    expect(expected.some((r) => r[7] === 'sí')).toBe(true);
  });

  it('lists the provenance of the bundled layer from the catalog in «Fuentes»', async () => {
    const { capa, bytes } = await overlapWorkbook();
    const sheets = await readXlsxFile(Buffer.from(bytes), { trim: false });
    expect(sheets[1]!.sheet).toBe('Fuentes');
    expect(sheets[1]!.data).toEqual([
      SOURCES_HEADER,
      [
        capa,
        'ANT, Resguardo Indígena Formalizado',
        'Actos hasta 2023-09',
        'No declarada en el repositorio (datos públicos de ANT)',
        'Cromeroo/Capas/resguardos.geojson @ 81448d4'
      ]
    ]);
  });
});
