// One quarterly progress report of a PEG action (guide §5): the quarter, the indicator's value at
// its end (quantitative, optional when the indicator has no figure yet) and what was done
// (qualitative, required). A quarter that has not started cannot be reported.
import type { CalendarDate } from './calendar-date';
import { parseNumber } from './parse-number';
import { isQuarter, quarterLabel, quarterSpan, type Quarter } from './plan-quarter';

export interface ProgressInput {
  action_id: number;
  quarter: Quarter;
  value: number | null;
  text: string;
}

export type ProgressValidation =
  { ok: true; value: ProgressInput } | { ok: false; errors: string[] };

export const PROGRESS_TEXT_MAX = 2000;

export function validateProgress(
  raw: { action_id: unknown; quarter: unknown; value: unknown; text: unknown },
  today: CalendarDate
): ProgressValidation {
  const errors: string[] = [];
  const id = Number(raw.action_id);
  if (!Number.isInteger(id) || id < 1) errors.push('Falta el número de la acción.');
  const quarter = String(raw.quarter ?? '')
    .trim()
    .toUpperCase();
  if (!isQuarter(quarter)) errors.push('El trimestre debe escribirse AAAA-T1 … AAAA-T4.');
  else if (quarter < '2000') errors.push(`El año del trimestre ${quarter} no es válido.`);
  else if (quarterSpan(quarter).start > today)
    errors.push(`El ${quarterLabel(quarter)} aún no empieza: no se puede reportar.`);
  const value = parseNumber(raw.value);
  if (value === undefined) errors.push('El avance cuantitativo debe ser un número.');
  const text = typeof raw.text === 'string' ? raw.text.replace(/\r\n?/g, '\n').trim() : '';
  if (!text || [...text].length > PROGRESS_TEXT_MAX)
    errors.push(`Describa el avance cualitativo (hasta ${PROGRESS_TEXT_MAX} caracteres).`);
  return errors.length
    ? { ok: false, errors }
    : { ok: true, value: { action_id: id, quarter, value: value ?? null, text } };
}
