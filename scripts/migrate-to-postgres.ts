// Copies a SQLite store into an empty PostgreSQL one (every table, versions and audit included),
// in one transaction, and prints the rows of each table on both sides (or JSON with --json).
//   npm run migrar-a-postgres -- --desde var/atlas.sqlite --hacia postgres://atlas:…@db/atlas
import { parseArgs } from 'node:util';
import { isPostgresUrl, storePath } from '../src/lib/server/store/open-store';
import { copySummaryText } from '../src/lib/server/store/to-postgres/copy-summary-text';
import { migrateToPostgres } from '../src/lib/server/store/to-postgres/migrate-to-postgres';

const USAGE =
  'Uso: npm run migrar-a-postgres -- --desde <archivo SQLite> --hacia <postgres://usuario:clave@servidor/base> [--json]';

async function main() {
  const { values } = parseArgs({
    options: {
      desde: { type: 'string' },
      hacia: { type: 'string' },
      json: { type: 'boolean', default: false },
      ayuda: { type: 'boolean', default: false }
    }
  });
  if (values.ayuda) {
    console.log(USAGE);
    return;
  }
  if (!values.desde || !values.hacia) throw new Error(`Indique --desde y --hacia.\n${USAGE}`);
  if (!isPostgresUrl(values.hacia))
    throw new Error('--hacia debe ser una URL postgres:// o postgresql://.');
  if (isPostgresUrl(values.desde)) throw new Error('--desde debe ser un archivo SQLite.');
  const summary = await migrateToPostgres({ from: storePath(values.desde), to: values.hacia });
  console.log(values.json ? JSON.stringify(summary, null, 2) : copySummaryText(summary));
}

main().catch((e: unknown) => {
  console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
