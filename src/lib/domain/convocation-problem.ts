// The day a session's convocation was sent (guide §2.1.1, §2.2.1, §2.3.4): a calendar date, on
// or before the session (whether it was in time is convocation-status.ts).
import { isCalendarDate, type CalendarDate } from './calendar-date';

/** Why `sent` cannot be the convocation of a session on `session` (Spanish), or null. */
export function convocationProblem(sent: string, session: CalendarDate): string | null {
  if (!isCalendarDate(sent)) return 'La fecha de envío debe ser AAAA-MM-DD.';
  return sent > session ? 'La convocatoria no puede enviarse después de la sesión.' : null;
}
