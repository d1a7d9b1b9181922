// DuckDB-WASM in Node (blocking bundle): tests and the command line.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { arrowRows, SETUP_SQL, type Db } from './db';

export async function openNodeDb(): Promise<Db> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: {
      mainModule: join(dist, 'duckdb-mvp.wasm'),
      mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
    },
    eh: {
      mainModule: join(dist, 'duckdb-eh.wasm'),
      mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
    }
  };
  const duck = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
  await duck.instantiate();
  const conn = duck.connect();
  for (const sql of SETUP_SQL) conn.query(sql);
  return {
    query: async (sql) => arrowRows(conn.query(sql)),
    insertArrowIpc: async (table, bytes) => conn.insertArrowFromIPCStream(bytes, { name: table }),
    close: async () => {
      conn.close();
      duck.reset();
    }
  };
}
