import { describe, expect, it } from 'vitest';
import { formatChange, formatInteger, formatPercent } from './format';

describe('es-CO formatting', () => {
  it('groups thousands with dots', () => {
    expect(formatInteger(7412566)).toBe('7.412.566');
  });
  it('writes decimals with a comma and says "sin dato" for missing values', () => {
    expect(formatPercent(12.3456)).toBe('12,35 %');
    expect(formatPercent(null)).toBe('sin dato');
  });
  it('signs the change between two years', () => {
    expect(formatChange(200, 250)).toBe('+25,0 %');
    expect(formatChange(200, 150)).toBe('−25,0 %');
  });
});
