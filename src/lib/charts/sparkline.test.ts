import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline';

describe('sparklinePath', () => {
  it('maps the minimum to the bottom and the maximum to the top of the box', () => {
    // width 104, height 24, pad 2 → x = 2, 52, 102; y(max)=2, y(min)=22
    expect(sparklinePath([10, 30, 20], 104, 24)).toBe('M2.0,22.0L52.0,2.0L102.0,12.0');
  });

  it('draws a flat series across the middle instead of dividing by zero', () => {
    expect(sparklinePath([5, 5], 24, 10)).toBe('M2.0,5.0L22.0,5.0');
  });

  it('returns an empty path for an empty series', () => {
    expect(sparklinePath([], 10, 10)).toBe('');
  });
});
