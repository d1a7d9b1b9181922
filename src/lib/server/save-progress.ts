// Saves quarterly progress reports from the form or from a filled instrument: every row is
// checked first (Spanish errors naming the row); nothing is saved unless all are valid and the
// store accepts them all (actions of this district, approved).
import type { CalendarDate } from '../domain/calendar-date';
import { validateProgress, type ProgressInput } from '../domain/validate-progress';
import { RuleError } from '../domain/errors/rule-error';
import type { ProgressSaved } from '../domain/model/progress';
import type { ProgressStore } from '../domain/store/progress-store';

export interface RawProgress {
  /** How the errors name the row ("Fila 5", or '' for the single form). */
  label: string;
  raw: Parameters<typeof validateProgress>[0];
}

export async function saveProgress(
  store: ProgressStore,
  district: string,
  rows: readonly RawProgress[],
  today: CalendarDate,
  actor: string
): Promise<(ProgressSaved & { message: string }) | { errors: string[] }> {
  if (!rows.length) return { errors: ['No hay avances que guardar: el instrumento está vacío.'] };
  const errors: string[] = [];
  const valid: ProgressInput[] = [];
  const rowsOf = new Map<string, string[]>();
  for (const r of rows) {
    const v = validateProgress(r.raw, today);
    if (v.ok) {
      valid.push(v.value);
      const key = `${v.value.action_id} ${v.value.quarter}`;
      rowsOf.set(key, [...(rowsOf.get(key) ?? []), r.label]);
    } else errors.push(...v.errors.map((e) => (r.label ? `${r.label}: ${e}` : e)));
  }
  for (const [key, labels] of rowsOf) {
    if (labels.length < 2) continue;
    const [id, quarter] = key.split(' ');
    const where = labels.filter(Boolean).join(', ');
    errors.push(
      `La acción ${id} aparece ${labels.length} veces para ${quarter}${where ? ` (${where})` : ''}.`
    );
  }
  if (errors.length) return { errors };
  try {
    const r = await store.report(district, valid, actor);
    return { ...r, message: savedMessage(r) };
  } catch (e) {
    if (e instanceof RuleError) return { errors: [e.message] };
    throw e;
  }
}

function savedMessage({ saved, unchanged }: ProgressSaved): string {
  if (!saved)
    return unchanged === 1
      ? 'Sin cambios: ese reporte ya estaba guardado.'
      : `Sin cambios: los ${unchanged} reportes ya estaban guardados.`;
  const head =
    saved === 1 ? 'Se guardó 1 reporte de avance.' : `Se guardaron ${saved} reportes de avance.`;
  if (!unchanged) return head;
  return `${head} ${unchanged} ${unchanged === 1 ? 'igual al ya guardado' : 'iguales a los ya guardados'}.`;
}
