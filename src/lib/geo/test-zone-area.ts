// Test helper: closed form for the ellipsoidal zone between two parallels over a longitude span
// (WGS84), independent of GeographicLib:
// A = Δλ · b²/2 · [q(φ2) − q(φ1)], q(φ) = sinφ/(1−e²sin²φ) + ln((1+e sinφ)/(1−e sinφ))/(2e).
import type { Position } from 'geojson';

const A = 6378137;
const F = 1 / 298.257223563;
const B = A * (1 - F);
const E = Math.sqrt(F * (2 - F));
const rad = (d: number) => (d * Math.PI) / 180;

function q(latDeg: number): number {
  const s = Math.sin(rad(latDeg));
  return s / (1 - E * E * s * s) + Math.log((1 + E * s) / (1 - E * s)) / (2 * E);
}

/** Area (ha) of the zone between parallels lat1 < lat2 over dLon degrees of longitude. */
export function zoneHa(lat1: number, lat2: number, dLon: number): number {
  return (((rad(dLon) * B * B) / 2) * (q(lat2) - q(lat1))) / 10_000;
}

/** Closed ring of the d × d degree cell whose south-west corner is (lon, lat). */
export function cell(lon: number, lat: number, d: number): Position[] {
  return [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat]
  ];
}
