// The SQL console's statement runner against the real DuckDB (Node) with every bundled layer: a
// join answers with figures computed here from the raw public files; anything that could change a
// table or read a file is refused before it runs, and the tables are intact afterwards.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LAYERS, layerById } from '../src/lib/catalog/catalog';
import type { Db } from '../src/lib/duckdb/db';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { readOnlySql, SqlError } from '../src/lib/queries/read-only-sql';
import { SOURCES } from './fixtures/sources';

let db: Db;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(async () => {
  await db?.close();
});

/** The SqlError a statement gives (fails the test if it answers). */
async function errorOf(sql: string): Promise<SqlError> {
  try {
    await readOnlySql(db, sql);
  } catch (e) {
    if (e instanceof SqlError) return e;
    throw e;
  }
  throw new Error(`«${sql}» respondió`);
}

async function expectIntact(): Promise<void> {
  for (const l of BUNDLED_LAYERS) {
    const [r] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${l.table}`);
    expect(r?.n, l.id).toBe(l.featureCount);
  }
  const [t] = await db.query<{ n: number }>('SELECT count(*) AS n FROM duckdb_tables()');
  expect(t?.n).toBe(BUNDLED_LAYERS.length);
}

describe('readOnlySql answers', () => {
  it('counts the sample resguardos per departamento by joining municipios (raw files)', async () => {
    const raw = JSON.parse(
      readFileSync(
        `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`,
        'utf8'
      )
    ) as { features: { properties: { MUNICIPIO: string } }[] };
    const divipola = csvParse(
      readFileSync(`${SOURCES}/socioeconomico/divipola_table_epico.csv`, 'utf8')
    );
    const dept = new Map(divipola.map((r) => [r.COD_MPIO!, r.COD_DPTO!]));
    const expected: Record<string, number> = {};
    for (const f of raw.features) {
      const d = dept.get(f.properties.MUNICIPIO)!;
      expected[d] = (expected[d] ?? 0) + 1;
    }
    const r = await readOnlySql(
      db,
      `SELECT m.department_code AS departamento, count(*) AS resguardos
       FROM resguardos_muestra r JOIN municipios m ON m.code = r.municipio_code
       GROUP BY 1 ORDER BY 1`
    );
    expect(r.columns.map((c) => c.name)).toEqual(['departamento', 'resguardos']);
    expect(Object.fromEntries(r.rows)).toEqual(expected);
    expect(r.truncated).toBe(false);
  });

  it('caps the rows at 10,000 and says so (poblacion has 14,586)', async () => {
    const r = await readOnlySql(db, 'SELECT code, year, total FROM poblacion');
    expect(r.rows).toHaveLength(10_000);
    expect(r.truncated).toBe(true);
    expect((await readOnlySql(db, 'FROM range(7)', 7)).truncated).toBe(false);
  });

  it('keeps column order and duplicate names, and gives dates and lists as text', async () => {
    const r = await readOnlySql(
      db,
      "SELECT 2 AS b, 1 AS b, 3, DATE '2024-05-01' AS d, [1, 2] AS l, 1.25::DECIMAL(5,2) AS x"
    );
    expect(r.columns.map((c) => c.name)).toEqual(['b', 'b_1', '3', 'd', 'l', 'x']);
    expect(r.rows).toEqual([[2, 1, 3, '2024-05-01', '[1, 2]', 1.25]]);
  });

  it('reads DESCRIBE, SUMMARIZE and WITH … SELECT', async () => {
    const d = await readOnlySql(db, 'DESCRIBE municipios');
    expect(d.rows.map((r) => r[0])).toContain('department_code');
    const s = await readOnlySql(db, 'SUMMARIZE resguardos_muestra');
    expect(
      s.rows.find((r) => r[0] === 'name')?.[s.columns.findIndex((c) => c.name === 'count')]
    ).toBe(layerById('resguardos_muestra')!.featureCount);
    const w = await readOnlySql(db, 'WITH p AS (SELECT * FROM pdet) SELECT count(*) FROM p');
    expect(w.rows).toEqual([[layerById('pdet')!.featureCount]]);
  });

  it('is not fooled by forbidden words inside strings, comments and quoted names', async () => {
    const r = await readOnlySql(
      db,
      `/* DROP TABLE municipios; */ SELECT 'x; DELETE FROM municipios' AS "DROP", $$;COPY$$ AS c -- ; DROP`
    );
    expect(r.rows).toEqual([['x; DELETE FROM municipios', ';COPY']]);
  });

  it('wraps DuckDB errors in Spanish («Error en la consulta: …»)', async () => {
    const e = await errorOf('SELECT nombre_inexistente FROM municipios');
    expect(e.kind).toBe('failed');
    expect(e.message).toMatch(/^Error en la consulta: Binder Error: .*nombre_inexistente/);
    expect(e.message).not.toMatch(/LINE \d/);
    expect((await errorOf('SELECT FROM WHERE')).message).toMatch(/^Error en la consulta: Parser/);
  });
});

describe('readOnlySql refuses before running', () => {
  const refusals: [string, RegExp][] = [
    ['DROP TABLE municipios', /«DROP» no es una consulta de lectura/],
    ['SELECT 1; DROP TABLE municipios', /solo se acepta una sentencia/],
    ['/* */ DELETE FROM municipios', /«DELETE»/],
    ["COPY municipios TO '/tmp/atlas-copia.csv'", /«COPY»/],
    ["SELECT * FROM read_csv('/etc/passwd')", /«read_csv» lee archivos o la red/],
    ["ATTACH '/tmp/atlas-otra.db' AS otra", /«ATTACH»/],
    ["UPDATE municipios SET name = 'x'", /«UPDATE»/],
    ['INSERT INTO pdet SELECT * FROM pdet', /«INSERT»/],
    ['CREATE TABLE copia AS SELECT 1', /«CREATE»/],
    ['ALTER TABLE municipios RENAME TO m', /«ALTER»/],
    ['INSTALL spatial', /«INSTALL»/],
    ['LOAD json', /«LOAD»/],
    ['SET threads = 1', /«SET»/],
    ['PRAGMA version', /«PRAGMA»/],
    ["EXPORT DATABASE '/tmp/atlas-export'", /«EXPORT»/],
    ["SELECT * FROM glob('/etc/*')", /«glob»/],
    ['', /Escriba una consulta/]
  ];
  it.each(refusals)('%s', async (sql, reason) => {
    const e = await errorOf(sql);
    expect(e.kind).toBe('refused');
    expect(e.message).toMatch(reason);
    await expectIntact();
  });

  it('DuckDB’s parser refuses a write the first word hides (WITH … INSERT / DELETE)', async () => {
    for (const sql of [
      'WITH x AS (SELECT 1) INSERT INTO pdet SELECT * FROM pdet',
      'WITH x AS (SELECT 1) DELETE FROM municipios',
      "SELECT * FROM query('DROP TABLE municipios')"
    ])
      expect((await errorOf(sql)).message).toMatch(/^Consulta no permitida: la sentencia no es/);
    await expectIntact();
  });

  it('the plan refuses table functions outside the allow-list', async () => {
    const e = await errorOf('SELECT * FROM duckdb_settings()');
    expect(e.message).toMatch(/la función «duckdb_settings» no está disponible/);
  });

  it('DuckDB refuses file access a quoted name hides, and stays closed for the whole database', async () => {
    const e = await errorOf(`SELECT * FROM "read_csv"('/etc/passwd')`);
    expect(e.message).toBe('Consulta no permitida: la consola no lee archivos ni la red.');
    await expect(db.query("SELECT * FROM read_text('/etc/passwd')")).rejects.toThrow(
      /Permission Error/
    );
    await expectIntact();
  });
});
