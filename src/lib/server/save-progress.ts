// Saves quarterly progress reports from the form or from a filled instrument: every row is
// checked first (Spanish errors naming the row); nothing is saved unless all are valid and the
// store accepts them all (actions of this district, approved).
import type { CalendarDate } from '../domain/calendar-date';
import { validateProgress, type ProgressInput } from '../domain/validate-progress';
import { ProgressRefused, type SqliteProgressStore } from './store/sqlite-progress-store';

export interface RawProgress {
  /** How the errors name the row ("Fila 5", or '' for the single form). */
  label: string;
  raw: Parameters<typeof validateProgress>[0];
}

export function saveProgress(
  store: SqliteProgressStore,
  district: string,
  rows: readonly RawProgress[],
  today: CalendarDate,
  actor: string
): { saved: number } | { errors: string[] } {
  if (!rows.length) return { errors: ['No hay avances que guardar: el instrumento está vacío.'] };
  const errors: string[] = [];
  const valid: ProgressInput[] = [];
  for (const r of rows) {
    const v = validateProgress(r.raw, today);
    if (v.ok) valid.push(v.value);
    else errors.push(...v.errors.map((e) => (r.label ? `${r.label}: ${e}` : e)));
  }
  const seen = new Set<string>();
  for (const v of valid) {
    const key = `${v.action_id} ${v.quarter}`;
    if (seen.has(key)) errors.push(`La acción ${v.action_id} aparece dos veces para ${v.quarter}.`);
    seen.add(key);
  }
  if (errors.length) return { errors };
  try {
    return { saved: store.report(district, valid, actor) };
  } catch (e) {
    if (e instanceof ProgressRefused) return { errors: [e.message] };
    throw e;
  }
}
