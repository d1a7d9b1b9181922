// Calendar dates of Colombia as 'YYYY-MM-DD' strings (the date a session happens, wherever the
// server runs): parsed as UTC midnight, shifted by days or months, weekday and Bogotá's today.

export type CalendarDate = string;

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC midnight of the date; throws for anything that is not a real date. */
export function dateValue(d: CalendarDate): Date {
  const m = PATTERN.exec(d);
  const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!t || t.toISOString().slice(0, 10) !== d) throw new Error(`Fecha inválida: «${d}».`);
  return t;
}

export const isCalendarDate = (d: unknown): d is CalendarDate => {
  if (typeof d !== 'string') return false;
  try {
    dateValue(d);
    return true;
  } catch {
    return false;
  }
};

export const addDays = (d: CalendarDate, n: number): CalendarDate =>
  new Date(dateValue(d).getTime() + n * DAY_MS).toISOString().slice(0, 10);

/** Same day n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const t = dateValue(d);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(t.getUTCDate(), last))).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export const weekday = (d: CalendarDate): number => dateValue(d).getUTCDay();

/** Days from a to b (negative when b is earlier). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number =>
  Math.round((dateValue(b).getTime() - dateValue(a).getTime()) / DAY_MS);

/** The date in Bogotá (UTC−5, no DST) at instant `now`. */
export const bogotaToday = (now: Date): CalendarDate =>
  new Date(now.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);
