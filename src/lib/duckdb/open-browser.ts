// DuckDB-WASM in the browser: worker and wasm shipped with the app through Vite ?url imports (no CDN).
// Only the «eh» bundle (WebAssembly exception handling: Chromium 95+, Firefox 100+, Safari 15.2+)
// ships: the «mvp» one (39 MB more in the build) was for older browsers, which get a clear error.
import {
  AsyncDuckDB,
  getPlatformFeatures,
  VoidLogger,
  type InstantiationProgress
} from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { keepOffline } from '$lib/offline/keep-offline';
import { arrowRows, SETUP_SQL, type Db } from './db';

/** `onBytes` reports the engine download (≈34 MB) as a fraction 0–1. */
export async function openBrowserDb(onBytes?: (fraction: number) => void): Promise<Db> {
  if (!(await getPlatformFeatures()).wasmExceptions)
    throw new Error(
      'Este navegador no admite excepciones de WebAssembly, que necesita el motor de análisis: use una versión reciente de Chrome, Edge, Firefox o Safari.'
    );
  // Its worker fetches the engine: the service worker keeps it for offline use.
  keepOffline([ehWasm, ehWorker]);
  const worker = new Worker(ehWorker);
  const duck = new AsyncDuckDB(new VoidLogger(), worker);
  await duck.instantiate(ehWasm, null, (p: InstantiationProgress) => {
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
