// The follow-up instrument of one entity (guide §5, §2.2.2.3): its approved PEG actions with the
// indicator, baseline and targets, the quarter to report with the value expected at its close, and
// the two progress columns to fill — pre-filled with what the entity already reported for that
// quarter, so a correction starts from it. An «Instrucciones» sheet gives the dates and the rules.
import { expectedValue, THRESHOLDS } from '../domain/progress-light';
import { quarterClose, quarterLabel, type Quarter } from '../domain/plan-quarter';
import type { CalendarDate } from '../domain/calendar-date';
import type { ExportTable } from './export-table';
import { FOLLOW_UP_COLUMNS, type FollowUpColumn } from './follow-up-columns';
import type { PegAction } from '../domain/model/peg';
import type { ProgressReport } from '../domain/model/progress';

export interface InstrumentInput {
  district: string;
  entity: string;
  quarter: Quarter;
  actions: readonly PegAction[];
  reports: readonly ProgressReport[];
  /** The session it prepares, with the dates of §2.2.2.3 (sent 20 days before, due 10 before). */
  session: { date: CalendarDate; send: CalendarDate; due: CalendarDate } | null;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export function followUpInstrument(i: InstrumentInput): {
  data: ExportTable;
  instructions: ExportTable;
} {
  const keys = Object.keys(FOLLOW_UP_COLUMNS) as FollowUpColumn[];
  const close = quarterClose(i.quarter);
  const rows = i.actions.map((a) => {
    const r = i.reports.find((x) => x.action_id === a.id && x.quarter === i.quarter);
    const cell: Record<FollowUpColumn, string | number | null> = {
      id: a.id,
      component: a.component,
      hito: a.hito,
      action: a.action,
      indicator: a.indicator,
      baseline: a.baseline,
      target1: a.targets[0] ?? null,
      target2: a.targets[1] ?? null,
      target3: a.targets[2] ?? null,
      target4: a.targets[3] ?? null,
      start: a.start_date,
      quarter: i.quarter,
      expected: round(expectedValue(a, close).value),
      value: r?.value ?? null,
      text: r?.text ?? null
    };
    return keys.map((k) => cell[k]);
  });
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const lines: string[][] = [
    ['Distrito', i.district],
    ['Entidad', i.entity],
    ['Trimestre que se reporta', quarterLabel(i.quarter)],
    ...(i.session
      ? [
          ['Sesión de la mesa que prepara', i.session.date],
          ['Envío del instrumento (20 días antes)', i.session.send],
          ['Fecha límite de respuesta (10 días antes)', i.session.due]
        ]
      : [['Sesión de la mesa', 'Sin sesión programada en la plataforma']]),
    [
      'Cómo diligenciar',
      `En la hoja «Seguimiento», por cada acción: «${FOLLOW_UP_COLUMNS.value}» con el valor del indicador al cierre del trimestre (el mismo sentido que la línea base y las metas; vacío si aún no hay cifra) y «${FOLLOW_UP_COLUMNS.text}» con lo realizado (obligatorio). No cambie el N.º ni el trimestre.`
    ],
    [
      'Semáforo',
      `Se compara el valor reportado con el esperado al cierre del trimestre (interpolado entre la línea base y la meta de cada año): verde desde ${pct(THRESHOLDS.verde)} del avance esperado, amarillo desde ${pct(THRESHOLDS.amarillo)}, rojo por debajo. Umbrales de la plataforma: la guía no los fija.`
    ],
    ['Base', 'Guía metodológica DMEDP, tomo II, §5 y §2.2.2.3']
  ];
  return {
    data: { header: keys.map((k) => FOLLOW_UP_COLUMNS[k]), rows },
    instructions: { header: ['Campo', 'Valor'], rows: lines }
  };
}
