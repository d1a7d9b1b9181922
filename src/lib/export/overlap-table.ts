// Overlay pairs as a table (one row per municipio, layer and feature), shared by CSV and XLSX.
import type { OverlayPair } from '../geo/overlay-types';
import type { ExportTable } from './export-table';

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

export function overlapTable(rows: OverlapRow[]): ExportTable {
  return {
    header: HEADER,
    rows: rows.map(({ municipio, nombre, capa, pair }) => [
      municipio,
      nombre,
      capa,
      pair.feature,
      pair.overlap_ha,
      pair.pct_of_municipio,
      pair.pct_of_feature,
      pair.borde ? 'sí' : 'no'
    ])
  };
}
