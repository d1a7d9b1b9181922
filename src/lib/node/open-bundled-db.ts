// Node only: DuckDB with every bundled layer (on-demand ones too) loaded from data/ (tests and
// the command line).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openNodeDb } from '../duckdb/open-node';
import type { Db } from '../duckdb/db';
import { BUNDLED_LAYERS } from '../catalog/catalog';
import { loadBundledLayers } from '../queries/load-bundled-layers';

export async function openBundledDb(dataDir = resolve('data')): Promise<Db> {
  const db = await openNodeDb();
  try {
    await loadBundledLayers(
      db,
      async (file) => new Uint8Array(await readFile(join(dataDir, file))),
      undefined,
      BUNDLED_LAYERS
    );
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
