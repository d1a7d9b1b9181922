// Vector tiles of municipios, departamentos and municipio label points, cut on the server from
// data/limites.topojson.
// The map paints from a handful of small tiles instead of tiling 200k vertices in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataDir } from './data-dir';

export const TILE_MAX_ZOOM = 12;
const LAYERS = ['municipios', 'departamentos', 'etiquetas'] as const;

interface BoundaryTiles {
  indexes: Record<(typeof LAYERS)[number], GeoJSONVT>;
  pdetSubregions: string[];
  cache: Map<string, Uint8Array<ArrayBuffer> | null>;
}

let built: BoundaryTiles | null = null;

/** Builds the tile indexes once (≈1 s); later calls return them. */
export function boundaryTiles(): BoundaryTiles {
  if (built) return built;
  const file = join(dataDir(), 'limites.topojson');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<
    Record<(typeof LAYERS)[number], GeometryCollection<Record<string, string | null>>>
  >;
  const options = { maxZoom: TILE_MAX_ZOOM, indexMaxZoom: 5, tolerance: 2, buffer: 32 };
  const indexes = Object.fromEntries(
    LAYERS.map((name) => [name, new GeoJSONVT(feature(topo, topo.objects[name]), options)])
  ) as BoundaryTiles['indexes'];
  const pdetSubregions = [
    ...new Set(
      topo.objects.municipios.geometries.flatMap((g) => {
        const pdet = (g.properties as Record<string, string | null> | undefined)?.pdet;
        return pdet ? [pdet] : [];
      })
    )
  ].sort();
  built = { indexes, pdetSubregions, cache: new Map() };
  return built;
}

type Tile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;

/** Label points only in the tiles of the zooms where their names fit (the build's `minzoom`). */
function fitting(tile: Tile, z: number): Tile {
  const features = tile.features.filter((f) => Number(f.tags?.minzoom) <= z);
  return { ...tile, features } as Tile;
}

/** MVT bytes of tile z/x/y, or null when the tile holds nothing (the route compresses them). */
export function boundaryTile(z: number, x: number, y: number): Uint8Array<ArrayBuffer> | null {
  const t = boundaryTiles();
  const key = `${z}/${x}/${y}`;
  if (t.cache.has(key)) return t.cache.get(key)!;
  const layers: Record<string, Tile> = {};
  for (const name of LAYERS) {
    const tile = t.indexes[name].getTile(z, x, y);
    const kept = tile && name === 'etiquetas' ? fitting(tile, z) : tile;
    if (kept && kept.features.length) layers[name] = kept;
  }
  const bytes = Object.keys(layers).length
    ? new Uint8Array(fromGeojsonVt(layers, { version: 2, extent: 4096 }))
    : null;
  t.cache.set(key, bytes);
  return bytes;
}
