// The mesa proposal as CSV: one row per municipio with its mesa and the indicators used.
import type { MesaPlanRow } from '../domain/mesa-plan-rows';
import { tableCsv } from './export-table';

export function mesaPlanCsv(rows: readonly MesaPlanRow[]): string {
  return tableCsv({
    header: ['Mesa', 'Código DANE', 'Municipio', 'NBI (%)', 'PDET', 'Títulos mineros'],
    rows: rows.flatMap((r) =>
      r.members.map((m) => [r.label, m.code, m.name, m.nbi, m.pdet ? 'Sí' : 'No', m.titles ?? null])
    )
  });
}
