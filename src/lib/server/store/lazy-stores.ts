// The server's stores behind one object that opens the database on the first call: routes write
// `await stores().comments.add(…)` whatever the engine, and `vite build` never opens a database.
// A failed open is not kept, so the next request tries again (a database that was down), and a
// database that cannot be reached answers the request with a 503 and its Spanish message.
import { error } from '@sveltejs/kit';
import { StoreUnavailableError } from '../../domain/errors/store-unavailable-error';
import type { Stores } from '../../domain/store/stores';

type StoreKey = Exclude<keyof Stores, 'close'>;

export function lazyStores(open: () => Promise<Stores>): Stores {
  let opening: Promise<Stores> | null = null;
  const opened = () => {
    if (!opening) {
      const attempt = open();
      opening = attempt;
      attempt.catch(() => {
        if (opening === attempt) opening = null;
      });
    }
    return opening;
  };
  const facade = (key: StoreKey) =>
    new Proxy(
      {},
      {
        get:
          (_, method) =>
          async (...args: unknown[]) => {
            try {
              const store = (await opened())[key] as unknown as Record<
                PropertyKey,
                (...a: unknown[]) => unknown
              >;
              return await store[method]!(...args);
            } catch (e) {
              if (e instanceof StoreUnavailableError) error(503, e.message);
              throw e;
            }
          }
      }
    );
  const keys: StoreKey[] = [
    'districts',
    'accounts',
    'publications',
    'comments',
    'peg',
    'mesas',
    'progress',
    'members',
    'teamLayers',
    'rescreens',
    'audit',
    'limits'
  ];
  const lazy = Object.fromEntries(keys.map((k) => [k, facade(k)])) as unknown as Stores;
  lazy.close = async () => {
    const o = opening;
    opening = null;
    if (o) await (await o).close();
  };
  return lazy;
}
