// The follow-up map: the district's municipios shaded by how many approved PEG actions reach
// them, with the count after each name, over the neighbouring municipios (an SVG figure that
// prints and files as it is; boundaries from DANE MGN, simplified).
import type { MapShape } from '../map/district-map-svg';
import { districtMapSvg } from '../map/district-map-svg';
import type { SvgFigure } from '../charts/svg-figure';

/** Count classes and their fills: none, 1, 2–3, 4 or more. */
export const REACH_CLASSES = [
  { min: 0, label: 'Sin acciones', color: '#eef2f3' },
  { min: 1, label: '1 acción', color: '#c6dbef' },
  { min: 2, label: '2–3 acciones', color: '#6baed6' },
  { min: 4, label: '4 o más acciones', color: '#2171b5' }
] as const;

const classOf = (n: number) => [...REACH_CLASSES].reverse().find((c) => n >= c.min)!;

export function followUpMap(shapes: readonly MapShape[], reach: Map<string, number[]>): SvgFigure {
  const shaded = shapes.map((s) => {
    if (!s.inDistrict) return s;
    const n = reach.get(s.id)?.length ?? 0;
    return { ...s, label: `${s.label} (${n})`, fill: classOf(n).color };
  });
  return districtMapSvg(shaded, {
    width: 640,
    legend: REACH_CLASSES.map((c) => ({ color: c.color, label: c.label }))
  });
}
