// The next session of the district mesa (today or later) that the quarterly follow-up prepares,
// with the instrument's dates: sent 20 days before, answered 10 days before (§2.2.2.3).
import type { CalendarDate } from '../domain/calendar-date';
import { followUpDates } from '../domain/mesa-deadlines';
import { stores } from './store/open-store';

export function nextFollowUpSession(district: string, today: CalendarDate) {
  const s = stores()
    .mesas.list(district)
    .find((x) => x.mesa === 'distrital' && x.date >= today);
  return s ? { number: s.number, date: s.date, ...followUpDates(s.date) } : null;
}
