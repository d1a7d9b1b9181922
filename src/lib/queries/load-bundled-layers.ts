// Loads bundled layers of the catalog into their DuckDB tables, reporting progress: by default the
// ones the home map and the overlays start with; layers marked `onDemand` are loaded one by one
// (loadBundledLayer) when a district, the matrix or a toggle needs them.
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

export type FetchBytes = (file: string) => Promise<Uint8Array>;

/** Loads one layer into its table and checks its row count against the catalog. */
export async function loadBundledLayer(
  db: Db,
  layer: BundledLayer,
  fetchBytes: FetchBytes
): Promise<number> {
  let n: number;
  try {
    const bytes = await fetchBytes(`${layer.table}.arrow`);
    await db.insertArrowIpc(layer.table, bytes);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM ${layer.table}`
    );
    n = row?.n ?? 0;
  } catch (e) {
    throw new LayerLoadError(layer, e instanceof Error ? e.message : String(e));
  }
  if (n !== layer.featureCount)
    throw new LayerLoadError(layer, `${n} filas, el catálogo espera ${layer.featureCount}`);
  return n;
}

/** `fetchBytes` reads data/<file> (fetch in the browser, the file system in Node). */
export async function loadBundledLayers(
  db: Db,
  fetchBytes: FetchBytes,
  onProgress?: (p: LoadProgress) => void,
  layers: readonly BundledLayer[] = BUNDLED_LAYERS.filter((l) => !l.onDemand)
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let done = 0;
  for (const layer of layers) {
    counts[layer.id] = await loadBundledLayer(db, layer, fetchBytes);
    onProgress?.({ done: ++done, total: layers.length, layer });
  }
  return counts;
}
