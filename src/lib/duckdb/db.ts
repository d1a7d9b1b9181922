// The one interface the app, the tests and the command line use for DuckDB-WASM,
// whether it runs in a browser worker or in Node's blocking bundle.
import type { Table } from 'apache-arrow';

export type Row = Record<string, unknown>;

export interface Db {
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  insertArrowIpc(table: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Arrow rows → plain objects; 64-bit integers become numbers (counts and sums here fit in 2^53). */
export function arrowRows<T extends Row>(table: Table): T[] {
  return table.toArray().map((r) => {
    const o = r.toJSON() as Row;
    for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
    return o as T;
  });
}

/** Settings every connection needs: this DuckDB-WASM must never fetch extensions from the network. */
export const SETUP_SQL = [
  'SET autoload_known_extensions=false',
  'SET autoinstall_known_extensions=false'
];
