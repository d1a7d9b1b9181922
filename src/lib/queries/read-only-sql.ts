// One analyst statement over the tables in DuckDB, read only, with a row cap. Four defences:
// 1. sql-tokens: a second statement, a first word that is no query, or a function that reads files
//    or the network is refused with its reason in Spanish, before DuckDB sees the text;
// 2. DuckDB's parser: the text goes as a string literal to query(), which binds one SELECT
//    statement (WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW included) and refuses anything else;
// 3. the plan (EXPLAIN binds, never runs) may read only tables and an allow-list of functions;
// 4. enable_external_access is turned off before the first statement: DuckDB then refuses every
//    file and network access (read_*, glob, COPY, ATTACH, INSTALL) for the life of the database
//    (layers arrive as Arrow IPC inserts, which need none).
import type { Db } from '../duckdb/db';
import { cellRows, type CellRows } from './cell-rows';
import { quoteLiteral } from './sql-quote';
import { sqlTokens, type SqlToken } from './sql-tokens';

export interface SqlResult extends CellRows {
  /** More rows than `maxRows` matched: only the first `maxRows` are here. */
  truncated: boolean;
  maxRows: number;
}

/** A statement refused before it ran, or DuckDB's error for it; the message is in Spanish. */
export class SqlError extends Error {
  constructor(
    readonly kind: 'refused' | 'failed',
    message: string
  ) {
    super(message);
  }
}

export const MAX_SQL_ROWS = 10_000;
const READ_WORDS = ['select', 'with', 'from', 'values', 'table', 'describe', 'summarize', 'show'];
const READERS = /^(read_\w+|glob|sniff_csv|parquet_\w+|iceberg_\w+|delta_scan|\w+_(scan|attach))$/;
/** Table functions a plan may use besides table scans: series, metadata of the catalog. */
const PLAN_FUNCTIONS = new Set(
  ['range', 'generate_series', 'unnest', 'repeat', 'pragma_table_info', 'pragma_show'].concat(
    ['tables', 'columns', 'views', 'types', 'functions', 'keywords', 'schemas', 'databases'].map(
      (t) => `duckdb_${t}`
    ),
    ['duckdb_constraints', 'duckdb_indexes']
  )
);
const ALLOWED =
  'La consola solo acepta consultas de lectura: SELECT, WITH … SELECT, DESCRIBE, SUMMARIZE.';

const refuse = (why: string) => new SqlError('refused', `Consulta no permitida: ${why}`);

function lexicalCheck(tokens: SqlToken[]): void {
  const semi = tokens.findIndex((t) => t.kind === 'symbol' && t.text === ';');
  if (semi >= 0 && semi < tokens.length - 1)
    throw refuse('solo se acepta una sentencia (hay más texto después de «;»).');
  const first = tokens.find((t) => !(t.kind === 'symbol' && t.text === '('));
  if (first?.kind === 'word' && !READ_WORDS.includes(first.text))
    throw refuse(`«${first.text.toUpperCase()}» no es una consulta de lectura. ${ALLOWED}`);
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && READERS.test(t.text) && tokens[i + 1]?.text === '(')
      throw refuse(
        `«${t.text}» lee archivos o la red; la consola solo consulta las tablas cargadas.`
      );
  });
}

/** Every table function named in the JSON plan DuckDB gives for EXPLAIN (FORMAT json). */
function planFunctions(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) planFunctions(n, out);
  else if (node && typeof node === 'object') {
    const { extra_info, children } = node as {
      extra_info?: { Function?: unknown };
      children?: unknown;
    };
    if (typeof extra_info?.Function === 'string') out.push(extra_info.Function.toLowerCase());
    planFunctions(children, out);
  }
  return out;
}

/** DuckDB's message without the position lines (they point into the wrapper, not the text). */
function duckMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split(/\n\s*\n?LINE \d+:/)[0]!.trim();
}

function translate(e: unknown): SqlError {
  const m = duckMessage(e);
  if (/Expected a single SELECT statement/.test(m))
    return refuse(`la sentencia no es una sola consulta de lectura. ${ALLOWED}`);
  if (/^Permission Error/.test(m)) return refuse('la consola no lee archivos ni la red.');
  return new SqlError('failed', `Error en la consulta: ${m}`);
}

async function closeExternalAccess(db: Db): Promise<void> {
  const [r] = await db.query<{ on: boolean }>(
    "SELECT current_setting('enable_external_access') AS on"
  );
  if (r?.on !== false) await db.query('SET enable_external_access = false');
}

export async function readOnlySql(
  db: Db,
  text: string,
  maxRows = MAX_SQL_ROWS
): Promise<SqlResult> {
  if (text.includes('\0')) throw refuse('el texto contiene un carácter nulo.');
  const tokens = sqlTokens(text);
  if (!tokens.some((t) => t.text !== ';' || t.kind !== 'symbol'))
    throw new SqlError('refused', 'Escriba una consulta SQL.');
  lexicalCheck(tokens);
  await closeExternalAccess(db);
  const relation = `query(${quoteLiteral(text)})`;
  let plan: { explain_value: string }[];
  try {
    plan = await db.query(`EXPLAIN (FORMAT json) SELECT * FROM ${relation}`);
  } catch (e) {
    throw translate(e);
  }
  for (const f of plan.flatMap((p) => planFunctions(JSON.parse(p.explain_value))))
    if (!PLAN_FUNCTIONS.has(f))
      throw refuse(
        `la función «${f}» no está disponible en la consola (solo consulta las tablas cargadas).`
      );
  try {
    const { columns, rows } = await cellRows(db, relation, { limit: maxRows + 1 });
    return { columns, rows: rows.slice(0, maxRows), truncated: rows.length > maxRows, maxRows };
  } catch (e) {
    throw translate(e);
  }
}
