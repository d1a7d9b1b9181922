// A PostgreSQL database for the stores (node-postgres pool): plain queries, and transactions that
// commit or roll back as one and are retried on a serialization failure or a deadlock. bigint and
// numeric come back as numbers (ids, counts and hectares fit in a double); timestamps are stored
// as ISO text, as in SQLite. An unreachable server is StoreUnavailableError.
import pg from 'pg';
import { StoreUnavailableError } from '../../../domain/errors/store-unavailable-error';

export interface PgQueryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface PgDatabase extends PgQueryable {
  /** `work` in one transaction; retried from the start (up to 5 times) on 40001 or 40P01. */
  tx<T>(
    work: (c: PgQueryable) => Promise<T>,
    isolation?: 'read committed' | 'serializable'
  ): Promise<T>;
  close(): Promise<void>;
}

const RETRY_CODES = new Set(['40001', '40P01']);
const ATTEMPTS = 5;
// Connection refused or reset, the server shutting down or starting, too many connections.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300'
]);

const code = (e: unknown) => (e as { code?: unknown } | null)?.code;

/** Whether `e` means the server cannot be reached (not a bad statement). */
export function isUnavailable(e: unknown): boolean {
  const c = code(e);
  if (typeof c === 'string' && (UNAVAILABLE_CODES.has(c) || c.startsWith('08'))) return true;
  const m = e instanceof Error ? e.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    m
  );
}

const unavailable = (e: unknown) => (isUnavailable(e) ? new StoreUnavailableError(e) : e);

const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser
};

export function openPgDatabase(url: string, max = 10): PgDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: TYPES,
    application_name: 'atlas-dmedp',
    connectionTimeoutMillis: 5_000
  });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  const run = async <R>(c: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    (await c.query(sql, params as unknown[] | undefined)).rows as R[];
  return {
    async query<R>(sql: string, params?: readonly unknown[]) {
      try {
        return await run<R>(pool, sql, params);
      } catch (e) {
        throw unavailable(e);
      }
    },
    async tx<T>(work: (c: PgQueryable) => Promise<T>, isolation = 'read committed' as const) {
      for (let attempt = 1; ; attempt++) {
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (e) {
          throw unavailable(e);
        }
        let broken = false;
        // The server ending the connection between two statements (a restart) is an 'error'
        // event on the checked-out client: unheard, it would crash the process.
        const onError = () => {
          broken = true;
        };
        client.on('error', onError);
        try {
          await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
          const result = await work({ query: (sql, params) => run(client, sql, params) });
          await client.query('COMMIT');
          return result;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          if (RETRY_CODES.has(String(code(e))) && attempt < ATTEMPTS) continue;
          broken ||= isUnavailable(e);
          throw unavailable(e);
        } finally {
          client.off('error', onError);
          client.release(broken);
        }
      }
    },
    close: () => pool.end()
  };
}
