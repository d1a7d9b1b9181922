// The team layers staff marked public, as map overlays of a page without the analysis engine (the
// publication page): each current version laid out for deck.gl (from this browser's cache, else
// from its bytes, cached by SHA-256) straight from Arrow — no DuckDB — and drawn in its kind's
// colour. A layer that fails is reported, not fatal.
import type { TeamLayerCache } from '$lib/browser-store/layer-store';
import type { ConstraintKind } from '$lib/domain/constraint-matrix';
import { currentVersion, type TeamLayerListing } from '$lib/domain/team-layer-choice';
import { teamLayerRef } from '$lib/domain/team-layer-ref';
import { KIND_COLORS } from '$lib/map/kind-colors';
import type { OverlaySpec } from '$lib/map/overlay-layers';

export interface PublicOverlays {
  specs: OverlaySpec[];
  errors: string[];
}

export async function publicTeamOverlays(
  base: string,
  layers: readonly TeamLayerListing[],
  cache: TeamLayerCache | null
): Promise<PublicOverlays> {
  const [{ teamVersionBytes }, { teamLayerPolygons }] = await Promise.all([
    import('$lib/api/team-layer-api'),
    import('./team-layer-polygons')
  ]);
  const out: PublicOverlays = { specs: [], errors: [] };
  for (const layer of layers) {
    const v = currentVersion(layer);
    if (!v || layer.kind === 'tabla') continue;
    try {
      // Buffers this browser cached need no download of the version's bytes.
      const p = await teamLayerPolygons(
        async () => (await teamVersionBytes(base, layer.id, v, cache)).bytes,
        v.data_sha256,
        layer.key_field,
        cache
      );
      out.specs.push({
        id: teamLayerRef(layer.id, v.version),
        buffers: await p.full,
        coarse: p.coarse,
        color: KIND_COLORS[layer.kind as ConstraintKind],
        title: `${layer.title} (capa del equipo, v${v.version})`,
        key: layer.key_field
      });
    } catch (e) {
      out.errors.push(`«${layer.title}»: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
}
