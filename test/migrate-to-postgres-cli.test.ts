// `npm run migrar-a-postgres` as a user runs it (scripts/migrate-to-postgres.ts in a child process):
// the Spanish per-table summary or --json, Spanish errors without the URL's password; a SQLite file
// behind the app migrated first and said so; and the copy list covering every table of the schema
// with parents before children.
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { migrate, MIGRATIONS } from '../src/lib/server/store/migrations';
import { COPY_ORDER, PG_ONLY_TABLE } from '../src/lib/server/store/to-postgres/copy-order';
import { copySummaryText } from '../src/lib/server/store/to-postgres/copy-summary-text';
import { migrateToPostgres } from '../src/lib/server/store/to-postgres/migrate-to-postgres';
import { emptyPgDb, openTestDb } from './store-engines';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function cli(...args: string[]) {
  try {
    const run = promisify(execFile);
    const opts = { cwd: ROOT, encoding: 'utf8' as const, timeout: 60_000 };
    const { stdout, stderr } = await run(
      'npx',
      ['tsx', 'scripts/migrate-to-postgres.ts', ...args],
      opts
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw e;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('the command', () => {
  test('copies and prints one Spanish line per table with its rows on each side; --json', async () => {
    const lite = await openTestDb('sqlite');
    cleanups.push(() => lite.close());
    await lite.stores.districts.create({ name: 'Propio', municipios: ['05001'] }, 'ana');
    const target = await emptyPgDb();
    cleanups.push(() => target.drop());
    const run = await cli('--desde', lite.location, '--hacia', target.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Tabla\s+Filas SQLite\s+Filas PostgreSQL$/m);
    expect(run.stdout).toMatch(/^districts\s+4\s+4$/m);
    expect(run.stdout).toMatch(/^district_versions\s+4\s+4$/m);
    expect(run.stdout).toMatch(/^team_layer_features\s+—\s+0$/m);
    expect(run.stdout).toContain('se reemplazaron por los de la base SQLite');

    const again = await emptyPgDb();
    cleanups.push(() => again.drop());
    const json = await cli('--desde', lite.location, '--hacia', again.url, '--json');
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as { tables: { table: string; sqlite: number }[] };
    expect(summary.tables.map((t) => t.table)).toEqual([...COPY_ORDER, PG_ONLY_TABLE]);
    // The target now holds data: a second run is refused.
    const refused = await cli('--desde', lite.location, '--hacia', again.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error: La base PostgreSQL de destino ya tiene datos/);
  });

  test('errors are Spanish and never show the password', async () => {
    const lite = await openTestDb('sqlite');
    cleanups.push(() => lite.close());
    const url = new URL(inject('pgAdminUrl'));
    url.password = 'clave-secreta-99';
    url.pathname = '/no_existe_ninguna';
    const run = await cli('--desde', lite.location, '--hacia', url.toString());
    expect(run.code).toBe(1);
    // The cluster checks passwords: the wrong one is refused, and not printed.
    expect(run.stderr).toMatch(
      /^Error: No se pudo abrir la base de datos PostgreSQL «no_existe_ninguna» en 127\.0\.0\.1:\d+: el servidor rechazó el usuario o la contraseña\.$/m
    );
    expect(run.stderr + run.stdout).not.toContain('clave-secreta-99');

    const missing = await cli('--desde', join(tempDir(), 'nada.sqlite'), '--hacia', url.toString());
    expect(missing.stderr).toMatch(/^Error: No existe el archivo SQLite «.*nada\.sqlite»\./);
    expect((await cli('--desde', lite.location)).stderr).toContain('Indique --desde y --hacia.');
  });
});

test('a SQLite file behind the app is migrated first, and the summary says so', async () => {
  const file = join(tempDir(), 'vieja.sqlite');
  const raw = new Database(file);
  migrate(raw, MIGRATIONS.slice(0, 7), () => '2025-01-01T00:00:00.000Z');
  raw.prepare("INSERT INTO team_layers VALUES ('l', 'L', 'minero', 'K', 'ana', 'x')").run();
  raw.close();
  const target = await emptyPgDb();
  cleanups.push(() => target.drop());
  const summary = await migrateToPostgres({ from: file, to: target.url });
  const pending = MIGRATIONS.slice(7).map((m) => m.version);
  expect(pending.slice(0, 3)).toEqual([8, 9, 10]);
  expect(summary).toMatchObject({ sqliteVersion: 7, sqliteMigrated: pending });
  expect(copySummaryText(summary)).toContain(
    `La base SQLite estaba en la migración 7; antes de copiarla se le aplicaron las migraciones ${pending.join(', ')}.`
  );
  expect(summary.tables.find((t) => t.table === 'team_layers')?.postgres).toBe(1);
});

test('the copy list is every table of the schema, each after the tables it references', async () => {
  const lite = await openTestDb('sqlite');
  cleanups.push(() => lite.close());
  const tables = await lite.sql<{ name: string }>(
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
     AND name <> 'schema_migrations' ORDER BY name`
  );
  expect(tables.map((t) => t.name)).toEqual([...COPY_ORDER].sort());
  const refs = await lite.sql<{ child: string; parent: string }>(
    `SELECT m.name AS child, f."table" AS parent FROM sqlite_schema m,
       pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`
  );
  expect(refs.length).toBeGreaterThan(10);
  for (const { child, parent } of refs)
    expect(COPY_ORDER.indexOf(parent), `${parent} before ${child}`).toBeLessThan(
      COPY_ORDER.indexOf(child)
    );
  const pg = await openTestDb('postgres');
  cleanups.push(() => pg.close());
  const pgTables = await pg.sql<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public'
     AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_migrations', 'spatial_ref_sys')
     ORDER BY table_name`
  );
  expect(pgTables.map((r) => r.t)).toEqual([...COPY_ORDER, PG_ONLY_TABLE].sort());
});
