// Geodesic areas of the bundled MGN 2018 municipios against DANE's official MPIO_NAREA.
// Independently measured on the same source (sources/SOURCES.md): median 0.11 %, p95 0.51 %,
// max 2.3 %; the deviation comes from the source geometry, not from the area algorithm.
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';

const table = tableFromIPC(readFileSync('data/municipios.arrow'));
const rows = table
  .toArray()
  .map((r) => r.toJSON() as { code: string; geometry: string; area_official_km2: number });
const deviations = rows
  .map((r) => {
    const ha = geodesicAreaHa(JSON.parse(r.geometry));
    return Math.abs(ha / 100 / r.area_official_km2 - 1) * 100;
  })
  .sort((a, b) => a - b);
const pct = (p: number) =>
  deviations[Math.min(deviations.length - 1, Math.floor(p * deviations.length))]!;

describe('municipal areas vs MPIO_NAREA (DANE)', () => {
  it('covers all 1,122 municipios', () => {
    expect(deviations).toHaveLength(1122);
  });
  it('deviates by a median of 0.11 %', () => {
    expect(pct(0.5)).toBeGreaterThan(0.09);
    expect(pct(0.5)).toBeLessThan(0.13);
  });
  it('deviates by at most 0.51 % at the 95th percentile', () => {
    expect(pct(0.95)).toBeGreaterThan(0.45);
    expect(pct(0.95)).toBeLessThan(0.56);
  });
  it('deviates by at most 2.3 % anywhere', () => {
    expect(deviations.at(-1)).toBeGreaterThan(2.1);
    expect(deviations.at(-1)).toBeLessThan(2.45);
  });
});
