// The district map as an SVG figure, for the memoria justificativa: the district's municipios in
// the district colour of the app's map over their neighbours, names at each municipio's centre, a
// legend and a scale bar. Equirectangular projection centred on the district (x scaled by the
// cosine of its mid latitude, so shapes keep their proportions at Colombian latitudes) and fitted
// to the district's bounding box; neighbours outside it are cut by the frame. Pure: GeoJSON in,
// SVG text out, the same in Node and in the browser.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { svgFigure, xmlText, type SvgFigure } from '../charts/svg-figure';
import { svgLegend, type LegendItem } from '../charts/svg-legend';
import { DISTRICT_COLOR } from './base-style';
import { NON_PDET_COLOR } from './pdet-palette';

export interface MapShape {
  id: string;
  label: string;
  geometry: Polygon | MultiPolygon;
  /** In the district (filled and labelled) or a neighbour drawn for context. */
  inDistrict: boolean;
  /** Its own fill (a choropleth), instead of the district colour. */
  fill?: string;
}

export interface DistrictMapOptions {
  width?: number;
  /** The map frame never grows taller than this (a tall district narrows instead). */
  maxMapHeight?: number;
  /** Legend items instead of district / other municipios (for a choropleth). */
  legend?: readonly LegendItem[];
}

const PAD = 12;
/** Room around the district inside the frame, share of its extent. */
const MARGIN = 0.04;
const KM_PER_DEGREE = 111.32;
/** Vertices closer than this to the last one kept are dropped (px): the figure stays small. */
const MIN_STEP = 0.6;

type Project = (p: Position) => [number, number];

const polygonsOf = (g: Polygon | MultiPolygon) =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

function ringPath(ring: Position[], project: Project): string {
  const kept: [number, number][] = [];
  for (const p of ring) {
    const q = project(p);
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(q[0] - last[0], q[1] - last[1]) >= MIN_STEP) kept.push(q);
  }
  const [first, last] = [kept[0], kept[kept.length - 1]];
  if (kept.length > 1 && Math.hypot(first![0] - last![0], first![1] - last![1]) < MIN_STEP)
    kept.pop(); // the closing vertex: Z closes the ring
  if (kept.length < 3) return '';
  return `M${kept.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
}

/** Signed area and centroid of a projected ring (shoelace). */
function ringCentroid(ring: Position[], project: Project) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const pts = ring.map(project);
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i]!;
    const [x1, y1] = pts[i + 1]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return a ? { area: Math.abs(a / 2), x: cx / (3 * a), y: cy / (3 * a) } : null;
}

/** Where the name goes: the centroid of the largest part's outer ring. */
function labelPoint(g: Polygon | MultiPolygon, project: Project) {
  const parts = polygonsOf(g).flatMap((p) => {
    const c = p[0] ? ringCentroid(p[0], project) : null;
    return c ? [c] : [];
  });
  return parts.sort((a, b) => b.area - a.area)[0] ?? null;
}

/** 1, 2 or 5 × 10ⁿ km, the largest not above `km`. */
function niceKm(km: number): number {
  const p = 10 ** Math.floor(Math.log10(km));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= km) ?? p;
}

export function districtMapSvg(
  shapes: readonly MapShape[],
  { width = 600, maxMapHeight = 520, legend: items }: DistrictMapOptions = {}
): SvgFigure {
  const district = shapes.filter((s) => s.inDistrict);
  const coords = district.flatMap((s) => polygonsOf(s.geometry).flatMap((p) => p.flat()));
  const lons = coords.map((c) => c[0]!);
  const lats = coords.map((c) => c[1]!);
  const [padX, padY] = [
    MARGIN * (Math.max(...lons) - Math.min(...lons)),
    MARGIN * (Math.max(...lats) - Math.min(...lats))
  ];
  const [west, east] = [Math.min(...lons) - padX, Math.max(...lons) + padX];
  const [south, north] = [Math.min(...lats) - padY, Math.max(...lats) + padY];
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * kx, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const frameW = width - 2 * PAD;
  const scale = Math.min(frameW / spanX, maxMapHeight / spanY); // px per degree of latitude
  const mapW = spanX * scale;
  const mapH = spanY * scale;
  const left = PAD + (frameW - mapW) / 2;
  const project: Project = (p) => [
    left + (p[0]! - west) * kx * scale,
    PAD + (north - p[1]!) * scale
  ];
  const path = (s: MapShape) =>
    polygonsOf(s.geometry)
      .flatMap((poly) => poly.map((ring) => ringPath(ring, project)))
      .join('');
  const layer = (list: MapShape[], fill: string) =>
    list
      .map(
        (s) =>
          `<path d="${path(s)}" fill="${s.fill ?? fill}" fill-rule="evenodd" stroke="#7d868c" stroke-width="0.8"/>`
      )
      .join('');
  const labels = district.flatMap((s) => {
    const c = labelPoint(s.geometry, project);
    if (!c) return [];
    const at = `x="${c.x.toFixed(1)}" y="${c.y.toFixed(1)}" text-anchor="middle" dominant-baseline="middle"`;
    const t = xmlText(s.label);
    return [
      `<text ${at} fill="#ffffff" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">${t}</text>`,
      `<text ${at}>${t}</text>`
    ];
  });
  const frame = `x="${left.toFixed(1)}" y="${PAD}" width="${mapW.toFixed(1)}" height="${mapH.toFixed(1)}"`;
  const foot = PAD + mapH + 10;
  const km = niceKm(((mapW / 4) * KM_PER_DEGREE) / scale);
  const bar = (km * scale) / KM_PER_DEGREE;
  const barX = left + mapW - bar;
  const legend = svgLegend(
    items ?? [
      { color: DISTRICT_COLOR, label: 'Municipios del distrito' },
      { color: NON_PDET_COLOR, label: 'Otros municipios' }
    ],
    left,
    foot,
    mapW - bar - 16
  );
  const body = [
    `<defs><clipPath id="marco"><rect ${frame}/></clipPath></defs>`,
    `<rect ${frame} fill="#dfe8ec"/>`,
    `<g clip-path="url(#marco)">`,
    layer(
      shapes.filter((s) => !s.inDistrict),
      NON_PDET_COLOR
    ),
    layer(district, DISTRICT_COLOR),
    `</g>`,
    `<rect ${frame} fill="none" stroke="#2f3a40" stroke-width="0.8"/>`,
    ...labels,
    legend.body,
    `<path d="M${barX.toFixed(1)},${foot + 4}v6h${bar.toFixed(1)}v-6" fill="none" stroke="#2f3a40"/>`,
    `<text x="${(barX + bar / 2).toFixed(1)}" y="${foot + 24}" text-anchor="middle">${km.toLocaleString('es-CO')} km</text>`
  ];
  return svgFigure(width, foot + Math.max(legend.height, 28) + PAD / 2, body.join(''));
}
