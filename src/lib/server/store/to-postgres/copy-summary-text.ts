// The Spanish report of a copy (what `npm run migrar-a-postgres` prints): where from and to, the
// migrations applied on the way, and one line per table with its rows on each side.
import type { CopySummary } from './migrate-to-postgres';

const list = (versions: number[]) => versions.join(', ');

export function copySummaryText(s: CopySummary): string {
  const lines = [
    `Copiado «${s.from}» a PostgreSQL «${s.to.database}» en ${s.to.server}, en una sola transacción.`
  ];
  if (s.sqliteMigrated.length)
    lines.push(
      `La base SQLite estaba en la migración ${s.sqliteVersion}; antes de copiarla se le aplicaron las migraciones ${list(s.sqliteMigrated)}.`
    );
  if (s.postgresMigrated.length)
    lines.push(`En PostgreSQL se aplicaron las migraciones ${list(s.postgresMigrated)}.`);
  if (s.seededReplaced)
    lines.push(
      `Los ${s.seededReplaced} distritos de ejemplo que la migración 1 sembró en PostgreSQL se reemplazaron por los de la base SQLite.`
    );
  const rows = [
    ['Tabla', 'Filas SQLite', 'Filas PostgreSQL'],
    ...s.tables.map((t) => [
      t.table,
      t.sqlite === null ? '—' : String(t.sqlite),
      String(t.postgres)
    ])
  ];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  lines.push('');
  for (const [table, lite, post] of rows)
    lines.push(
      `${table!.padEnd(width[0]!)}  ${lite!.padStart(width[1]!)}  ${post!.padStart(width[2]!)}`
    );
  const built = s.tables.filter((t) => t.sqlite === null).map((t) => t.table);
  lines.push('');
  if (built.length)
    lines.push(
      `${built.join(', ')}: solo en PostgreSQL, construida de las versiones de las capas.`
    );
  lines.push(
    `Todas las tablas tienen las mismas filas en los dos motores; ${s.identities.length} secuencias de id ajustadas.`
  );
  return lines.join('\n');
}
