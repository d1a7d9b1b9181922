// Overlay of a prepared polygon layer on prepared municipios: overlap of every intersecting
// (municipio, feature) pair and, per municipio, the area covered by the union of the features.
// Kernel: GEOS (WebAssembly) OverlayNG, chosen by benchmark (README, «Motor de cruces»), after a
// flatbush bbox search and prepared-geometry shortcuts (feature inside municipio, or the reverse).
import type { BBox } from 'geojson';
import { geosAreaHa } from './geos-area';
import { readPolygons } from './geos-read';
import { unionGeometries } from './union-geometries';
import type { Geos, GeosRuntime } from './geos-runtime';
import type { PreparedItem, PreparedLayer } from './prepare-layer';
import type {
  MunicipioCoverage,
  OverlayOptions,
  OverlayPair,
  OverlayResult
} from './overlay-types';
import { DEFAULT_SLIVER_THRESHOLD, isBorde } from './sliver-threshold';

interface Piece {
  geometry: number;
  owned: boolean;
  feature: number;
}

function prepared(geos: Geos, it: PreparedItem): number {
  if (!it.prepared) it.prepared = geos.GEOSPrepare(it.geometry);
  return it.prepared;
}

/** Whether box a lies within box b. */
function inside(a: BBox, b: BBox): boolean {
  return a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
}

function areaHaOf(geos: Geos, g: number | null): number | null {
  if (!g) return null;
  const ha = geosAreaHa(geos, g);
  geos.GEOSGeom_destroy(g);
  return ha;
}

function boxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function unionAreaHa(geos: Geos, pieces: Piece[]): number | null {
  return areaHaOf(
    geos,
    unionGeometries(
      geos,
      pieces.map((p) => p.geometry)
    )
  );
}

/**
 * Whether two features of the layer share area (not just a border), cached on the layer. When no
 * two features hitting a municipio share area, the union of their pieces is exactly their sum.
 */
function featuresOverlap(geos: Geos, layer: PreparedLayer, i: number, j: number): boolean {
  const key = i < j ? `${i},${j}` : `${j},${i}`;
  let known = layer.overlaps.get(key);
  if (known === undefined) {
    const a = layer.items[i]!;
    const b = layer.items[j]!;
    known =
      boxesMeet(a.bbox, b.bbox) &&
      (areaHaOf(geos, geos.GEOSIntersection(a.geometry, b.geometry)) ?? 1) > 0;
    layer.overlaps.set(key, known);
  }
  return known;
}

function anyOverlap(geos: Geos, layer: PreparedLayer, hits: number[]): boolean {
  for (let x = 0; x < hits.length; x++)
    for (let y = x + 1; y < hits.length; y++)
      if (featuresOverlap(geos, layer, hits[x]!, hits[y]!)) return true;
  return false;
}

export function overlayLayer(
  rt: GeosRuntime,
  municipios: PreparedLayer,
  layer: PreparedLayer,
  options: OverlayOptions & { only?: ReadonlySet<string> } = {}
): OverlayResult {
  const { geos } = rt;
  const sliver = options.sliver ?? DEFAULT_SLIVER_THRESHOLD;
  const pairs: OverlayPair[] = [];
  const coverage: MunicipioCoverage[] = [];
  const warnings: string[] = [];
  for (const m of municipios.items) {
    if (options.only && !options.only.has(m.id)) continue;
    // Its area first: measuring it caches its edges, which the cuts below reuse.
    const municipioHa = m.areaHa;
    const hits = layer.index ? layer.index.search(m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]) : [];
    const pieces: Piece[] = [];
    let sum = 0;
    for (const k of hits) {
      const f = layer.items[k]!;
      let piece: Piece;
      let ha: number;
      if (
        inside(f.bbox, m.bbox) &&
        geos.GEOSPreparedContains(prepared(geos, m), f.geometry) === 1
      ) {
        piece = { geometry: f.geometry, owned: false, feature: k };
        ha = f.areaHa;
      } else if (
        inside(m.bbox, f.bbox) &&
        geos.GEOSPreparedContains(prepared(geos, f), m.geometry) === 1
      ) {
        piece = { geometry: m.geometry, owned: false, feature: k };
        ha = municipioHa;
      } else if (geos.GEOSPreparedIntersects(prepared(geos, f), m.geometry) !== 1) {
        continue;
      } else {
        const cut = geos.GEOSIntersection(m.geometry, f.geometry);
        if (!cut) {
          warnings.push(`${m.id} × «${f.id}»: GEOS no pudo cortar (${rt.takeMessage() ?? '?'}).`);
          continue;
        }
        ha = geosAreaHa(geos, cut, municipios.edges);
        if (ha === 0) {
          geos.GEOSGeom_destroy(cut);
          continue;
        }
        piece = { geometry: cut, owned: true, feature: k };
      }
      const pctOfFeature = (100 * ha) / f.areaHa;
      pairs.push({
        municipio: m.id,
        feature: f.id,
        overlap_ha: ha,
        pct_of_municipio: (100 * ha) / municipioHa,
        pct_of_feature: pctOfFeature,
        borde: isBorde(ha, pctOfFeature, sliver),
        ...(options.withGeometry ? { geometry: readPolygons(geos, piece.geometry) } : {})
      });
      pieces.push(piece);
      sum += ha;
    }
    if (pieces.length === 0) continue;
    const overlapping =
      pieces.length > 1 &&
      anyOverlap(
        geos,
        layer,
        pieces.map((p) => p.feature)
      );
    let total = overlapping ? unionAreaHa(geos, pieces) : sum;
    if (total === null) {
      warnings.push(`${m.id}: no se pudo unir los cortes (${rt.takeMessage() ?? '?'}); se suman.`);
      total = sum;
    }
    for (const p of pieces) if (p.owned) geos.GEOSGeom_destroy(p.geometry);
    coverage.push({ code: m.id, overlap_ha: total, pct: (100 * total) / municipioHa });
  }
  return {
    pairs,
    municipios: coverage,
    repaired: [
      ...municipios.repaired.filter((r) => !options.only || options.only.has(r.feature)),
      ...layer.repaired
    ],
    warnings: [...municipios.warnings, ...layer.warnings, ...warnings]
  };
}
