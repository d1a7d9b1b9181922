// Loads every bundled layer of the catalog into its DuckDB table, reporting progress.
import { BUNDLED_LAYERS, type BundledLayer } from '../catalog/catalog';
import type { Db } from '../duckdb/db';

export interface LoadProgress {
  done: number;
  total: number;
  layer: BundledLayer;
}

export class LayerLoadError extends Error {
  constructor(
    readonly layer: BundledLayer,
    message: string
  ) {
    super(`No se pudo cargar la capa «${layer.title}» (${layer.table}.arrow): ${message}`);
  }
}

/** `fetchBytes` reads data/<file> (fetch in the browser, the file system in Node). */
export async function loadBundledLayers(
  db: Db,
  fetchBytes: (file: string) => Promise<Uint8Array>,
  onProgress?: (p: LoadProgress) => void
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let done = 0;
  for (const layer of BUNDLED_LAYERS) {
    try {
      const bytes = await fetchBytes(`${layer.table}.arrow`);
      await db.insertArrowIpc(layer.table, bytes);
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM ${layer.table}`
      );
      counts[layer.id] = row?.n ?? 0;
    } catch (e) {
      throw new LayerLoadError(layer, e instanceof Error ? e.message : String(e));
    }
    if (counts[layer.id] !== layer.featureCount) {
      throw new LayerLoadError(
        layer,
        `${counts[layer.id]} filas, el catálogo espera ${layer.featureCount}`
      );
    }
    onProgress?.({ done: ++done, total: BUNDLED_LAYERS.length, layer });
  }
  return counts;
}
