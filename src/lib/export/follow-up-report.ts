// The follow-up as a workbook to file with the session's papers (guide §5): one row per approved
// action with its light for the quarter due, and every report received with the light it had.
import { LIGHT_LABELS, type Evaluation } from '../domain/progress-light';
import type { FollowUpRow } from '../domain/model/follow-up';
import type { Quarter } from '../domain/plan-quarter';
import type { ExportTable } from './export-table';

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
const pct = (e: Evaluation) => (e.ratio === null ? null : Math.round(e.ratio * 1000) / 10);
const ACTION = ['N.º', 'Componente', 'Entidad', 'Acción', 'Indicador', 'Territorio'];

export function followUpReport(v: { rows: readonly FollowUpRow[]; quarter: Quarter }): {
  lights: ExportTable;
  history: ExportTable;
} {
  const head = (r: FollowUpRow) => [
    r.id,
    r.component,
    r.entity,
    r.action,
    r.indicator,
    r.territory
  ];
  return {
    lights: {
      header: [
        ...ACTION,
        'Línea base',
        'Meta año 1',
        'Meta año 2',
        'Meta año 3',
        'Meta año 4',
        `Valor esperado (${v.quarter})`,
        `Valor reportado (${v.quarter})`,
        '% de lo esperado',
        'Semáforo'
      ],
      rows: v.rows.map((r) => [
        ...head(r),
        r.baseline,
        ...[0, 1, 2, 3].map((i) => r.targets[i] ?? null),
        round(r.now.expected),
        r.reports.find((p) => p.quarter === v.quarter)?.value ?? null,
        pct(r.now),
        LIGHT_LABELS[r.now.light]
      ])
    },
    history: {
      header: [
        ...ACTION,
        'Trimestre',
        'Valor reportado',
        'Valor esperado',
        '% de lo esperado',
        'Semáforo',
        'Avance cualitativo',
        'Reportado por',
        'Fecha del reporte'
      ],
      rows: v.rows.flatMap((r) =>
        r.reports.map((p) => [
          ...head(r),
          p.quarter,
          p.value,
          round(p.evaluation.expected),
          pct(p.evaluation),
          LIGHT_LABELS[p.evaluation.light],
          p.text,
          p.reported_by,
          p.reported_at.slice(0, 10)
        ])
      )
    }
  };
}
