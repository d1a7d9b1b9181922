// Small PostgreSQL helpers shared by the stores: a transaction-scoped advisory lock that serializes
// the writers of one key across app instances (where SQLite had its single writer), the test for a
// unique violation (SQLSTATE 23505) of a named constraint, and the ids a bigint column can hold.
import type { PgQueryable } from './pg-database';

/** Waits for, then holds until the transaction ends, the lock of (`scope`, `key`). */
export async function lockKey(c: PgQueryable, scope: string, key: string): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [scope, key]);
}

/** Whether `e` is a unique violation, of `constraint` when given. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: unknown; constraint?: unknown } | null;
  return err?.code === '23505' && (constraint === undefined || err.constraint === constraint);
}

/** Whether `n` can be a bigint id: anything else matches no row (as in SQLite) instead of
 * failing the cast. */
export const isId = (n: number): boolean => Number.isSafeInteger(n);
