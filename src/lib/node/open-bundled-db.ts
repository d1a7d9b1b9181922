// Node only: DuckDB with every bundled layer (on-demand ones too) loaded from data/ (tests and
// the command line), or only the `layers` given.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openNodeDb } from '../duckdb/open-node';
import type { Db } from '../duckdb/db';
import { BUNDLED_LAYERS, type BundledLayer } from '../catalog/catalog';
import { loadBundledLayers } from '../queries/load-bundled-layers';

export async function openBundledDb(
  dataDir = resolve('data'),
  layers: readonly BundledLayer[] = BUNDLED_LAYERS
): Promise<Db> {
  const db = await openNodeDb();
  try {
    await loadBundledLayers(
      db,
      async (file) => new Uint8Array(await readFile(join(dataDir, file))),
      undefined,
      layers
    );
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
