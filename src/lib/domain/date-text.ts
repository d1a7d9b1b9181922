// A date as people in Colombia write it, dd/mm/aaaa, to and from the 'YYYY-MM-DD' the forms send
// (an ISO date typed or pasted is accepted too). Impossible dates (31/02/2026) are refused.
import { isCalendarDate, type CalendarDate } from './calendar-date';

/** «1/11/2026», «01/11/2026», «01-11-2026» or «2026-11-01» → '2026-11-01'; null otherwise. */
export function parseDateText(text: string): CalendarDate | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = dmy
    ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(t)
      ? t
      : null;
  return iso && isCalendarDate(iso) ? iso : null;
}

/** '2026-11-01' → «01/11/2026» (anything else as it is). */
export function dateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
