// A team layer version's PolygonBuffers for the map, simplified and full: from this browser's
// cache (packed, next to the version's bytes under its SHA-256), else built in a worker and
// cached for the next visit. From the cache the small simplified copy comes first, so the map
// draws the layer while the full rings (ten times the bytes) are still being read.
import type { TeamLayerCache } from '$lib/browser-store/layer-store';
import type { PolygonBuffers } from '$lib/geo/polygon-buffers';
import { unpackPolygonBuffers } from '$lib/geo/polygon-buffers-codec';

export interface TeamPolygons {
  /** The rings simplified for small scales (what the national view draws). */
  coarse: PolygonBuffers;
  /** The full rings, for zooms past the simplification and for picking's outline. */
  full: Promise<PolygonBuffers>;
  /** From this browser's cache (no decoding or triangulation). */
  cached: boolean;
}

/** `bytes` is only called when the cache lacks the buffers (the public page then downloads). */
export async function teamLayerPolygons(
  bytes: () => Promise<Uint8Array>,
  sha256: string,
  keyField: string,
  cache: TeamLayerCache | null
): Promise<TeamPolygons> {
  // The key field is part of the ids: the same bytes keyed otherwise are other buffers.
  const [fullId, coarseId] = ['', ':simple'].map((s) => `${sha256}:poligonos-v2:${keyField}${s}`);
  const kept = async (id: string) => {
    const k = cache ? await cache.get(id).catch(() => undefined) : undefined;
    return k ? unpackPolygonBuffers(k.bytes) : null;
  };
  const build = async () => {
    const { packedPolygonBuffers } = await import('$lib/workers/polygon-buffers-client');
    const packed = await packedPolygonBuffers(await bytes(), keyField);
    const [full, coarse] = packed.map(unpackPolygonBuffers);
    if (!full || !coarse) throw new Error('El motor devolvió la capa en un formato ilegible.');
    // The full copy first: a simplified copy in the cache promises its full one.
    if (cache)
      for (const [i, id] of [fullId!, coarseId!].entries())
        await cache.save({ id, bytes: packed[i]! }).catch(() => undefined);
    return { full, coarse };
  };
  const coarse = await kept(coarseId!);
  if (coarse) {
    const full = kept(fullId!).then(async (b) => b ?? (await build()).full);
    return { coarse, full, cached: true };
  }
  const built = await build();
  return { coarse: built.coarse, full: Promise.resolve(built.full), cached: false };
}
