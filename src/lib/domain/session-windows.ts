// When the sessions of the mesas may happen (guide §2.1.1, §2.2.2.2, §2.2.2.3, §2.3.5): the MTIN
// every 2 months; the district's session 2 between the 2nd and the 4th month after session 1, and
// from session 3 on every 4 months; thematic and zonal mesas at least two, one a month, all
// within 3 months of the district's session 1.
import { addMonths, daysBetween, type CalendarDate } from './calendar-date';

export interface Window {
  from: CalendarDate;
  to: CalendarDate;
}

/** The next ordinary MTIN session: two months after the last. */
export const nextMtinSession = (last: CalendarDate): CalendarDate => addMonths(last, 2);

/** Session n (≥ 2) of the district mesa, from session 1 and the previous session. */
export function districtSessionWindow(
  n: number,
  session1: CalendarDate,
  previous: CalendarDate = session1
): Window {
  if (n < 2) throw new Error('La sesión 1 no tiene ventana: abre el calendario.');
  if (n === 2) return { from: addMonths(session1, 2), to: addMonths(session1, 4) };
  const due = addMonths(previous, 4);
  return { from: due, to: due };
}

/** Thematic and zonal sessions: `count` (≥ 2) monthly dates from a month after session 1. */
export function thematicSchedule(session1: CalendarDate, count = 2): CalendarDate[] {
  return Array.from({ length: Math.max(2, count) }, (_, i) => addMonths(session1, i + 1));
}

/** What breaks the thematic and zonal rules in a list of session dates (Spanish; empty: none). */
export function thematicProblems(session1: CalendarDate, dates: readonly CalendarDate[]): string[] {
  const sorted = [...dates].sort();
  const limit = addMonths(session1, 3);
  const problems: string[] = [];
  if (sorted.length < 2) problems.push('Se requieren al menos dos mesas temáticas o zonales.');
  for (const d of sorted) {
    if (d < session1) problems.push(`La mesa del ${d} es anterior a la sesión 1 del distrito.`);
    if (d > limit) problems.push(`La mesa del ${d} pasa del límite de tres meses (${limit}).`);
  }
  for (let i = 1; i < sorted.length; i++)
    if (daysBetween(sorted[i - 1]!, sorted[i]!) < 28)
      problems.push(
        `Las mesas del ${sorted[i - 1]} y del ${sorted[i]} no guardan un mes entre sí.`
      );
  return problems;
}

export const inWindow = (d: CalendarDate, w: Window): boolean => d >= w.from && d <= w.to;
