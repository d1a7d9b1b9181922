// The PEG of a district as a table (one row per action, the anexo 2 plan columns): what the XLSX
// export writes and the re-import reads back. Read-only columns (status, consulta previa flag and
// its evidence) travel along for the record; the re-import ignores them.
import { FLAG_LABELS } from '../domain/consulta-previa-screen';
import { STATUS_LABELS } from '../domain/peg-workflow';
import type { ExportTable } from './export-table';
import { PEG_COLUMNS, YES, type PegColumn } from './peg-columns';
import type { PegAction } from '../domain/model/peg';

export function pegTable(
  actions: readonly PegAction[],
  municipioName: (c: string) => string
): ExportTable {
  const cell = (a: PegAction): Record<PegColumn, string | number | null> => ({
    id: a.id,
    component: a.component,
    hito: a.hito,
    action: a.action,
    entity: a.entity,
    contact: a.contact,
    email: a.email,
    indicator: a.indicator,
    claro: a.crema.claro ? YES : 'No',
    relevante: a.crema.relevante ? YES : 'No',
    economico: a.crema.economico ? YES : 'No',
    medible: a.crema.medible ? YES : 'No',
    adecuado: a.crema.adecuado ? YES : 'No',
    baseline: a.baseline,
    target1: a.targets[0] ?? null,
    target2: a.targets[1] ?? null,
    target3: a.targets[2] ?? null,
    target4: a.targets[3] ?? null,
    budget: a.budget_cop,
    start: a.start_date,
    impact: a.impact,
    level: a.level,
    municipios: a.territory.area
      ? 'área dibujada'
      : a.territory.municipios.map((m) => `${m} ${municipioName(m)}`).join(', '),
    status: STATUS_LABELS[a.status],
    flag: FLAG_LABELS[a.flag],
    evidence: a.screen.evidence.map((e) => e.feature).join('; ')
  });
  const keys = Object.keys(PEG_COLUMNS) as PegColumn[];
  return {
    header: keys.map((k) => PEG_COLUMNS[k]),
    rows: actions.map((a) => {
      const c = cell(a);
      return keys.map((k) => c[k]);
    })
  };
}
