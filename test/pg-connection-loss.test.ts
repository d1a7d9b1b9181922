// A PostgreSQL connection ended by the server between two statements of a transaction (what a
// restart or pg_terminate_backend does): the transaction fails as StoreUnavailableError (a 503)
// instead of the client's unheard 'error' event crashing the process, and the pool serves the
// next request on a new connection.
import pg from 'pg';
import { afterEach, expect, inject, test } from 'vitest';
import { StoreUnavailableError } from '../src/lib/domain/errors/store-unavailable-error';
import { openPgDatabase, type PgDatabase } from '../src/lib/server/store/pg/pg-database';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;

/** Resolves once fewer TCP sockets than `count` are open (the ended connection is closed). */
async function socketClosed(count: number) {
  while (sockets() >= count) await new Promise((r) => setImmediate(r));
}

test('a connection ended inside a transaction is StoreUnavailableError, then the pool recovers', async () => {
  const url = inject('pgAdminUrl');
  const db: PgDatabase = openPgDatabase(url, 2);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  opened.push(db, { close: () => admin.end() });
  const tx = db.tx(async (q) => {
    const [me] = await q.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const before = sockets();
    // Waits (up to 5 s) for the backend to exit: it has sent its FATAL and closed the socket.
    await admin.query('SELECT pg_terminate_backend($1, 5000)', [me!.pid]);
    await socketClosed(before);
    return q.query('SELECT 1');
  });
  await expect(tx).rejects.toBeInstanceOf(StoreUnavailableError);
  expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  expect(await db.tx((q) => q.query('SELECT 2 AS two'))).toEqual([{ two: 2 }]);
});
