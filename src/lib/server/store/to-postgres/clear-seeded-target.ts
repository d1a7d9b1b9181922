// The target of a copy must hold nothing but what the migrations seed: migration 1's three example
// districts (version 1 by 'sistema', never edited). Those are deleted, on the copy's transaction,
// so the SQLite store's own rows (its examples with their dates and edits) take their place; any
// other row means the database is in use and the copy is refused before it writes anything.
import { RuleError } from '../../../domain/errors/rule-error';
import { EXAMPLES } from '../example-districts';
import type { PgQueryable } from '../pg/pg-database';
import { COPY_ORDER, PG_ONLY_TABLE } from './copy-order';

const SEEDED = EXAMPLES.map((e) => e.id);

// Rows of each table that migration 1 did not seed.
const UNSEEDED: Record<string, string> = {
  districts: `WHERE NOT (example = 1 AND version = 1 AND created_at = updated_at
    AND id = ANY($1::text[]))`,
  district_versions: `WHERE NOT (version = 1 AND author = 'sistema' AND district_id = ANY($1::text[]))`
};

/** Throws RuleError 'copy-target-not-empty' when the target holds data; else deletes the seeded examples. Returns how
 * many example districts were deleted. */
export async function clearSeededTarget(c: PgQueryable): Promise<number> {
  const found: string[] = [];
  for (const table of [...COPY_ORDER, PG_ONLY_TABLE]) {
    const where = UNSEEDED[table];
    const [row] = await c.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM "${table}" ${where ?? ''}`,
      where ? [SEEDED] : []
    );
    const n = row?.n ?? 0;
    if (n > 0) found.push(`${table}: ${n} ${n === 1 ? 'fila' : 'filas'}`);
  }
  if (found.length)
    throw new RuleError(
      'copy-target-not-empty',
      `La base PostgreSQL de destino ya tiene datos (${found.join('; ')}). La copia solo se hace a una base vacía, o recién migrada con solo sus tres distritos de ejemplo sin editar; no se copió nada.`
    );
  await c.query('DELETE FROM district_versions');
  const deleted = await c.query('DELETE FROM districts RETURNING id');
  return deleted.length;
}
