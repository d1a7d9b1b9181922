// Bundled layers marked `onDemand` in the catalog: each loaded once into DuckDB when something needs
// it (a district, the matrix, a map switch), and the on-demand polygon layers into the overlay
// worker too. A failed load is forgotten, so the next request tries again.
import { layerById, ON_DEMAND_OVERLAY_LAYERS, type BundledLayer } from '$lib/catalog/catalog';
import type { Db } from '$lib/duckdb/db';
import type { OverlayClient } from '$lib/workers/overlay-client';

export class OnDemandLayers {
  #tables: Partial<Record<string, Promise<Db>>> = {};
  #overlays: Promise<void> | null = null;

  constructor(
    private readonly dbReady: Promise<Db>,
    private readonly fetchBytes: (file: string) => Promise<Uint8Array>
  ) {}

  /** The database once layer `id` is in it (at once for layers loaded at start). */
  db(id: string): Promise<Db> {
    const layer = layerById(id);
    if (!layer?.onDemand) return this.dbReady;
    let ready = this.#tables[id];
    if (!ready) {
      ready = (async () => {
        const [db, { loadBundledLayer }] = await Promise.all([
          this.dbReady,
          import('$lib/queries/load-bundled-layers')
        ]);
        await loadBundledLayer(db, layer, this.fetchBytes);
        return db;
      })();
      ready.catch(() => delete this.#tables[id]);
      this.#tables[id] = ready;
    }
    return ready;
  }

  /** Loads every on-demand polygon layer into the overlay worker; `loaded` is told of each. */
  overlays(client: OverlayClient, loaded: (layer: BundledLayer) => void): Promise<void> {
    this.#overlays ??= (async () => {
      const { wireFeatures } = await import('$lib/queries/wire-features');
      for (const l of ON_DEMAND_OVERLAY_LAYERS) {
        await client.load(l.id, await wireFeatures(await this.db(l.id), l.table, l.keyField));
        loaded(l);
      }
    })();
    this.#overlays.catch(() => (this.#overlays = null));
    return this.#overlays;
  }
}
