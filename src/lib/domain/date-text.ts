// A date as people in Colombia write it, dd/mm/aaaa (and «dd/mm/aaaa hh:mm» with a 24-hour time),
// to and from the 'YYYY-MM-DD' ('YYYY-MM-DDTHH:mm') the forms send; an ISO date typed or pasted is
// accepted too. Impossible dates (31/02/2026) and times (24:00) are refused.
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

/** «01/12/2026 08:00» or «2026-12-01T08:00» → '2026-12-01T08:00'; null otherwise. */
export function parseDateTimeText(text: string): string | null {
  const m = /^(.+?)(?:\s+|T)(\d{1,2}):(\d{2})$/.exec(text.trim());
  const day = m ? parseDateText(m[1]!) : null;
  if (!m || !day || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
  return `${day}T${m[2]!.padStart(2, '0')}:${m[3]}`;
}

/** '2026-12-01T08:00' → «01/12/2026 08:00» (anything else as it is). */
export function dateTimeText(local: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  return m ? `${dateText(m[1]!)} ${m[2]}` : local;
}
