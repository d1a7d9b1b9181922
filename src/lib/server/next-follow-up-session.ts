// The next ordinary follow-up session of the district mesa (session 3 on, today or later) that the
// quarterly follow-up prepares, with the instrument's dates: sent 20 days before, answered 10 days
// before (§2.2.2.3). Sessions 1 and 2 and extraordinary ones follow up nothing.
import type { CalendarDate } from '../domain/calendar-date';
import { followUpDates } from '../domain/mesa-deadlines';
import { stores } from './store/open-store';

export async function nextFollowUpSession(district: string, today: CalendarDate) {
  const s = (await stores().mesas.list(district)).find(
    (x) => x.mesa === 'distrital' && x.kind === 'ordinaria' && x.number >= 3 && x.date >= today
  );
  return s ? { number: s.number, date: s.date, ...followUpDates(s.date) } : null;
}
