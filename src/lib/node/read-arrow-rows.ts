// Node only: the rows of a bundled Arrow IPC table (data/<table>.arrow), without DuckDB — the
// command line starts faster this way. BigInt values become numbers.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { arrowRows, type Row } from './arrow-rows';

export type { Row } from './arrow-rows';

export async function readArrowRows(dataDir: string, table: string): Promise<Row[]> {
  return arrowRows(await readFile(join(dataDir, `${table}.arrow`)));
}
