// A team layer version's PolygonBuffers for the map, full and simplified: from this browser's
// cache (packed, next to the version's bytes under its SHA-256), else built in a worker and
// cached for the next visit. The cache is read while the version's bytes are still arriving.
import type { TeamLayerCache } from '$lib/browser-store/layer-store';
import type { PolygonBuffers } from '$lib/geo/polygon-buffers';
import { unpackPolygonBuffers } from '$lib/geo/polygon-buffers-codec';

export interface TeamPolygons {
  buffers: PolygonBuffers;
  /** The same rings simplified for small scales. */
  coarse: PolygonBuffers;
  /** From this browser's cache (no decoding or triangulation). */
  cached: boolean;
}

export async function teamLayerPolygons(
  bytes: Promise<Uint8Array>,
  sha256: string,
  keyField: string,
  cache: TeamLayerCache | null
): Promise<TeamPolygons> {
  // The key field is part of the ids: the same bytes keyed otherwise are other buffers.
  const ids = ['', ':simple'].map((s) => `${sha256}:poligonos-v2:${keyField}${s}`);
  const kept = await Promise.all(
    ids.map((id) => (cache ? cache.get(id).catch(() => undefined) : Promise.resolve(undefined)))
  );
  const [buffers, coarse] = kept.map((k) => (k ? unpackPolygonBuffers(k.bytes) : null));
  if (buffers && coarse) return { buffers, coarse, cached: true };
  const { packedPolygonBuffers } = await import('$lib/workers/polygon-buffers-client');
  const packed = await packedPolygonBuffers(await bytes, keyField);
  const [full, simple] = packed.map(unpackPolygonBuffers);
  if (!full || !simple) throw new Error('El motor devolvió la capa en un formato ilegible.');
  if (cache)
    await Promise.all(
      packed.map((p, i) => cache.save({ id: ids[i]!, bytes: p }).catch(() => undefined))
    );
  return { buffers: full, coarse: simple, cached: false };
}
