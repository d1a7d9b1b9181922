// Días hábiles in Colombia: Monday to Friday except national holidays — the fixed ones, those
// moved to the next Monday (Ley 51 de 1983, «Ley Emiliani») and those tied to Easter — as the
// maintained `colombian-holidays` library lists them.
import { isHoliday } from 'colombian-holidays';
import { addDays, dateValue, weekday, type CalendarDate } from './calendar-date';

export const isHolidayDate = (d: CalendarDate): boolean => isHoliday(dateValue(d));

export const isBusinessDay = (d: CalendarDate): boolean => {
  const w = weekday(d);
  return w !== 0 && w !== 6 && !isHolidayDate(d);
};

/** The n-th business day after `d` (n > 0), or before it (n < 0); `d` itself never counts. */
export function addBusinessDays(d: CalendarDate, n: number): CalendarDate {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = d;
  while (left > 0) {
    day = addDays(day, step);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

/** `d` when it is a business day, else the closest one before it. */
export function businessDayOnOrBefore(d: CalendarDate): CalendarDate {
  let day = d;
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return day;
}
