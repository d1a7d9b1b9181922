import { describe, expect, it } from 'vitest';
import { dateText, parseDateText } from './date-text';

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
});
