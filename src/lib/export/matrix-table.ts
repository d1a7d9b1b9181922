// The constraint matrix as a table to file: one row per municipio; per layer its hectares, share
// of the municipio and the features behind the cell (border slivers marked; official columns say so).
import type { ConstraintMatrix } from '../domain/constraint-matrix';
import { matrixFeatureName } from '../domain/matrix-feature-name';
import type { ExportTable } from './export-table';

export function matrixTable({ layers, lists, rows }: ConstraintMatrix): ExportTable {
  return {
    header: [
      'codigo_municipio',
      'municipio',
      'departamento',
      'subregion_pdet',
      ...lists.map((l) => l.title),
      ...layers.flatMap((l) => [
        `${l.title} (ha${l.basis === 'official' ? ', cifra oficial' : ''})`,
        `${l.title} (% del municipio)`,
        `${l.title}: elementos`
      ])
    ],
    rows: rows.map((r) => [
      r.code,
      r.name,
      r.department,
      r.pdet,
      ...lists.map((l) => (r.lists[l.id] ? 'sí' : 'no')),
      ...layers.flatMap((l) => {
        const c = r.cells[l.id];
        const features = (c?.features ?? []).map(
          (f) => `${matrixFeatureName(f)}${f.borde ? ' (borde)' : ''}`
        );
        return [c?.ha ?? 0, c?.pct ?? 0, features.join('; ')];
      })
    ])
  };
}
