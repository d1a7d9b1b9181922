// DuckDB-WASM in the browser: worker and wasm shipped with the app through Vite ?url imports (no CDN).
import {
  AsyncDuckDB,
  selectBundle,
  VoidLogger,
  type InstantiationProgress
} from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { keepOffline } from '$lib/offline/keep-offline';
import { arrowRows, SETUP_SQL, type Db } from './db';

/** `onBytes` reports the engine download (≈34 MB) as a fraction 0–1. */
export async function openBrowserDb(onBytes?: (fraction: number) => void): Promise<Db> {
  const bundle = await selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker }
  });
  // Its worker fetches the engine: the service worker keeps this bundle, not the other one.
  keepOffline([bundle.mainModule, bundle.mainWorker!]);
  const worker = new Worker(bundle.mainWorker!);
  const duck = new AsyncDuckDB(new VoidLogger(), worker);
  await duck.instantiate(bundle.mainModule, bundle.pthreadWorker, (p: InstantiationProgress) => {
    if (p.bytesTotal > 0) onBytes?.(p.bytesLoaded / p.bytesTotal);
  });
  const conn = await duck.connect();
  for (const sql of SETUP_SQL) await conn.query(sql);
  return {
    query: async (sql) => arrowRows(await conn.query(sql)),
    insertArrowIpc: async (table, bytes) => {
      // duckdb-wasm transfers (detaches) the buffer to its worker: it gets a copy, the caller
      // keeps its bytes (a team layer's also go to the overlay worker).
      await conn.insertArrowFromIPCStream(bytes.slice(), { name: table, create: true });
    },
    close: async () => {
      await conn.close();
      await duck.terminate();
    }
  };
}
