// Overlay pairs as CSV for spreadsheets: UTF-8 with BOM (Excel reads the accents right), one row
// per (municipio, layer, feature), full-precision numbers with a dot as decimal separator.
import { csvFormatRows } from 'd3-dsv';
import type { OverlayPair } from '../../geo/overlay-types';

export interface OverlapRow {
  municipio: string;
  nombre: string;
  capa: string;
  pair: OverlayPair;
}

const HEADER = [
  'codigo_municipio',
  'municipio',
  'capa',
  'elemento',
  'traslape_ha',
  'pct_del_municipio',
  'pct_del_elemento',
  'borde'
];

export function overlapsCsv(rows: OverlapRow[]): string {
  const body = rows.map(({ municipio, nombre, capa, pair }) => [
    municipio,
    nombre,
    capa,
    pair.feature,
    String(pair.overlap_ha),
    String(pair.pct_of_municipio),
    String(pair.pct_of_feature),
    pair.borde ? 'sí' : 'no'
  ]);
  return `\uFEFF${csvFormatRows([HEADER, ...body])}\n`;
}
