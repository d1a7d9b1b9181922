// The server's lazy stores (issue 21): a database that cannot be reached answers 503 with the
// Spanish message, nothing is cached from the failed open, and the next request opens again and
// recovers by itself; other errors pass through unchanged.
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import { StoreUnavailableError } from '../src/lib/domain/errors/store-unavailable-error';
import type { Stores } from '../src/lib/domain/store/stores';
import { lazyStores } from '../src/lib/server/store/lazy-stores';

describe('lazy stores', () => {
  test('503 while the database is down, then it recovers without a restart', async () => {
    let up = false;
    let opens = 0;
    const s = lazyStores(async () => {
      opens++;
      if (!up) throw new StoreUnavailableError(new Error('ECONNREFUSED'));
      return { districts: { list: async () => [{ id: 'x' }] } } as unknown as Stores;
    });
    const down = await s.districts.list().catch((e: unknown) => e);
    expect(isHttpError(down) && down.status).toBe(503);
    expect(isHttpError(down) && down.body.message).toMatch(/no está disponible/);
    up = true;
    expect(await s.districts.list()).toEqual([{ id: 'x' }]);
    expect(opens).toBe(2);
  });

  test('a rule refusal is not turned into a 503', async () => {
    const s = lazyStores(
      async () =>
        ({
          districts: {
            get: async () => {
              throw new RuleError('peg-transition', 'no');
            }
          }
        }) as unknown as Stores
    );
    await expect(s.districts.get('a')).rejects.toBeInstanceOf(RuleError);
  });
});
