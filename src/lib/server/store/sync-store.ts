// better-sqlite3 is synchronous: the SQLite stores implement the synchronous form of a store
// interface (Sync<T>), and `promised` gives the Promise-returning interface routes use, so a
// thrown error becomes a rejected promise exactly as with PostgreSQL.

/** The store interface T with every method returning its value directly. */
export type Sync<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/** The asynchronous interface over a synchronous implementation. */
export function promised<T extends object>(sync: Sync<T>): T {
  return new Proxy(sync, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) =>
        (value as (...a: unknown[]) => unknown).apply(target, args);
    }
  }) as unknown as T;
}
