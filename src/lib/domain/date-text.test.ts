import { describe, expect, it } from 'vitest';
import { dateText, dateTimeText, parseDateText, parseDateTimeText } from './date-text';

describe('dd/mm/aaaa', () => {
  it('reads the day first and pads', () => {
    expect(parseDateText('01/11/2026')).toBe('2026-11-01');
    expect(parseDateText(' 1/2/2027 ')).toBe('2027-02-01');
    expect(parseDateText('28-02-2027')).toBe('2027-02-28');
  });
  it('accepts an ISO date as typed', () => {
    expect(parseDateText('2026-11-01')).toBe('2026-11-01');
  });
  it('refuses impossible or partial dates', () => {
    for (const t of ['31/02/2026', '13/13/2026', '11/2026', '2026-02-30', '', 'mañana'])
      expect(parseDateText(t)).toBeNull();
  });
  it('writes an ISO date back as dd/mm/aaaa', () => {
    expect(dateText('2026-11-01')).toBe('01/11/2026');
    expect(dateText('')).toBe('');
  });
  it('reads and writes a date with a 24-hour time', () => {
    expect(parseDateTimeText('01/12/2026 8:00')).toBe('2026-12-01T08:00');
    expect(parseDateTimeText('2026-12-01T08:00')).toBe('2026-12-01T08:00');
    for (const t of ['01/12/2026', '01/12/2026 24:00', '31/11/2026 08:00', '01/12/2026 8:5'])
      expect(parseDateTimeText(t)).toBeNull();
    expect(dateTimeText('2026-12-01T08:00')).toBe('01/12/2026 08:00');
  });
});
