// The throw-away cluster's restart(): while it is down nothing listens on its port, then it comes
// back on the same port with the same data (what the load benchmark's PostgreSQL fault relies on).
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg/throwaway-cluster';

let server: ThrowawayPostgres | undefined;
beforeAll(async () => {
  server = await startThrowawayPostgres();
}, 120_000);
afterAll(() => server?.stop());

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await c.end();
  }
}

test('restart() stops the server, runs the callback while it is down, and keeps data and port', async () => {
  if (!server?.own) return expect(server?.restart()).rejects.toThrow('ATLAS_TEST_PG');
  const url = server.url;
  await query(url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('antes')");
  let whileDown: unknown = null;
  await server.restart(async () => {
    whileDown = await query(url, 'SELECT 1').catch((e: { code?: string }) => e.code);
  });
  expect(whileDown).toBe('ECONNREFUSED');
  expect(await query(url, 'SELECT v FROM kept')).toEqual([{ v: 'antes' }]);
});
