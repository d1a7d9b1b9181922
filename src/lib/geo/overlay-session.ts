// A stateful overlay service for one thread (browser worker, Node worker thread or the main
// thread): layers are prepared once, then overlaid as often as asked. The message protocol of the
// workers is exactly these two calls.
import type { MultiPolygon, Polygon } from 'geojson';
import { adjacency } from './adjacency';
import { areaHits, type AreaHits } from './area-hits';
import { readPolygons } from './geos-read';
import { loadGeos, type GeosRuntime } from './geos-runtime';
import { overlayLayer } from './overlay-layer';
import type { OverlayFeature, OverlayOptions, OverlayResult, RepairNote } from './overlay-types';
import { prepareLayer, type PreparedLayer } from './prepare-layer';
import type { RasterGrid } from './raster-grid';
import type { SliverThreshold } from './sliver-threshold';
import { unionGeometries } from './union-geometries';
import { zonalStats, type ZonalResult } from './zonal-stats';

/** A feature whose geometry may still be GeoJSON text (cheap to send to a worker). */
export interface WireFeature {
  id: string;
  geometry: string | Polygon | MultiPolygon | null;
}

export interface LoadRequest {
  layer: string;
  features: WireFeature[];
}

export interface LoadSummary {
  features: number;
  warnings: string[];
  repaired: RepairNote[];
}

export interface OverlayRequest extends OverlayOptions {
  municipios: string;
  layer: string;
  only?: string[];
}

/** Overlaps and nearby features of some areas of a loaded layer against other loaded layers. */
export interface HitsRequest {
  areas: string;
  ids: string[];
  layers: string[];
  bufferKm: number;
  sliver?: SliverThreshold;
}

/** What a worker (browser or Node thread) receives: one call on its session. */
export type SessionMessage =
  | { kind: 'load'; request: LoadRequest }
  | { kind: 'overlay'; request: OverlayRequest }
  | { kind: 'adjacency'; layer: string; ids: string[] }
  | { kind: 'hits'; request: HitsRequest }
  | { kind: 'dissolve'; layer: string; ids: string[] };

/** Wire features as overlay input: GeoJSON text parsed, unreadable text reported in `warnings`. */
export function parseWire(features: WireFeature[], warnings: string[]): OverlayFeature[] {
  const out: OverlayFeature[] = [];
  for (const { id, geometry } of features) {
    if (typeof geometry !== 'string') {
      out.push({ id, geometry: geometry as Polygon });
      continue;
    }
    try {
      out.push({ id, geometry: JSON.parse(geometry) as Polygon | MultiPolygon });
    } catch {
      warnings.push(`«${id}»: la geometría no es GeoJSON legible; no se cruza.`);
    }
  }
  return out;
}

export class OverlaySession {
  private layers = new Map<string, PreparedLayer>();
  private constructor(private rt: GeosRuntime) {}

  static async open(): Promise<OverlaySession> {
    return new OverlaySession(await loadGeos());
  }

  /** Prepares (or replaces) a layer; returns how many features are usable. */
  load({ layer, features }: LoadRequest): LoadSummary {
    const parseWarnings: string[] = [];
    const prepared = prepareLayer(this.rt, parseWire(features, parseWarnings));
    prepared.warnings.unshift(...parseWarnings);
    this.layers.get(layer)?.destroy();
    this.layers.set(layer, prepared);
    return {
      features: prepared.items.length,
      warnings: prepared.warnings,
      repaired: prepared.repaired
    };
  }

  /** Geodesic area (ha) of every usable feature of a loaded layer, after repair. */
  areas(layer: string): Map<string, number> {
    return new Map(this.layers.get(layer)?.items.map((it) => [it.id, it.areaHa]));
  }

  overlay({ municipios, layer, only, ...options }: OverlayRequest): OverlayResult {
    const [m, l] = [this.get(municipios), this.get(layer)];
    return overlayLayer(this.rt, m, l, { ...options, ...(only ? { only: new Set(only) } : {}) });
  }

  /** Zonal statistics of a raster over a loaded layer (municipios). */
  zonal(municipios: string, grid: RasterGrid, categorical: boolean): ZonalResult[] {
    return zonalStats(this.rt, this.get(municipios), grid, categorical);
  }

  /** Neighbours of each of `ids` among themselves (see adjacency.ts). */
  adjacency(layer: string, ids: string[]): Record<string, string[]> {
    return Object.fromEntries(adjacency(this.rt, this.get(layer), new Set(ids)));
  }

  hits({ areas, ids, layers, bufferKm, sliver }: HitsRequest): Record<string, AreaHits> {
    const prepared = layers.map((id) => ({ id, layer: this.get(id) }));
    return Object.fromEntries(areaHits(this.rt, this.get(areas), ids, prepared, bufferKm, sliver));
  }

  /** The union of some features of a loaded layer (a district from its municipios), lon/lat. */
  dissolve(layer: string, ids: string[]): MultiPolygon {
    const wanted = new Set(ids);
    const items = this.get(layer).items.filter((it) => wanted.has(it.id));
    const { geos } = this.rt;
    const union = unionGeometries(
      geos,
      items.map((it) => it.geometry)
    );
    if (!union) throw new Error(`No se pudo unir la capa ${layer}: ${this.rt.takeMessage() ?? ''}`);
    const out = readPolygons(geos, union);
    geos.GEOSGeom_destroy(union);
    return out;
  }

  handle(msg: SessionMessage): unknown {
    switch (msg.kind) {
      case 'load':
        return this.load(msg.request);
      case 'overlay':
        return this.overlay(msg.request);
      case 'adjacency':
        return this.adjacency(msg.layer, msg.ids);
      case 'hits':
        return this.hits(msg.request);
      case 'dissolve':
        return this.dissolve(msg.layer, msg.ids);
    }
  }

  private get(layer: string): PreparedLayer {
    const l = this.layers.get(layer);
    if (!l) throw new Error(`Capa no cargada: ${layer}`);
    return l;
  }

  unload(layer: string): void {
    this.layers.get(layer)?.destroy();
    this.layers.delete(layer);
  }
}
