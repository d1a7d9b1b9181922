// The rate limits shared by app instances (RateLimitStore) on both engines (a SQLite file, a
// PostgreSQL database of the throw-away cluster): the sliding window of the public comment rate,
// and two stores opened on the same database (two instances) sharing one quota, so alternating
// instances cannot double it.
import { afterEach, describe, expect, test } from 'vitest';
import type { Stores } from '../src/lib/domain/store/stores';
import { ENGINES, openTestDb, type Engine, type TestDb } from './store-engines';

let db: TestDb | null = null;
/** The first call opens a fresh database of the engine; each later one another instance on it. */
const opener = (engine: Engine) => async (): Promise<Stores> => {
  if (!db) {
    db = await openTestDb(engine);
    return db.stores;
  }
  return db.reopen();
};

afterEach(async () => {
  await db?.close();
  db = null;
});

describe.each(ENGINES)('rate limits in the store on %s', (engine) => {
  const open = opener(engine);
  test('3 per 60 s per key: the 4th waits until the oldest leaves the window', async () => {
    const { limits } = await open();
    let t = 1_000_000;
    const take = (key = 'a') => limits.take('comentarios', key, 3, 60_000, t);
    expect([await take(), await take(), await take()]).toEqual([0, 0, 0]);
    t += 20_000;
    expect(await take()).toBe(40); // the first hit leaves at 1_060_000
    expect(await take('b')).toBe(0);
    t += 39_999;
    expect(await take()).toBe(1); // 1 ms left rounds up to a whole second
    t += 1;
    expect(await take()).toBe(0);
  });

  test('a refused request does not count, and buckets are separate', async () => {
    const { limits } = await open();
    const t = 5_000_000;
    expect(await limits.take('ingreso', 'ip', 1, 10_000, t)).toBe(0);
    expect(await limits.take('ingreso', 'ip', 1, 10_000, t + 1_000)).toBe(9);
    expect(await limits.take('ingreso', 'ip', 1, 10_000, t + 2_000)).toBe(8);
    expect(await limits.take('comentarios', 'ip', 1, 10_000, t + 2_000)).toBe(0);
    expect(await limits.take('ingreso', 'ip', 1, 10_000, t + 10_000)).toBe(0);
  });

  test('two instances on one database share the quota', async () => {
    const a = await open();
    const b = await open();
    const t = 9_000_000;
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await (i % 2 ? b : a).limits.take('comentarios', 'ip', 4, 60_000, t + i));
    expect(results.filter((w) => w === 0)).toHaveLength(4);
    expect(results.slice(4).every((w) => w > 0)).toBe(true);
  });
});
