// What the SQL console and the attribute tables ask of the analysis tables: run a read-only
// statement, list the tables, read a layer's rows, frame a feature. Generic over table names:
// `known` lists tables with a title that may not be loaded yet (the on-demand bundled layers by
// default; team layers can be added), and any table in DuckDB is listed and read.
import { BUNDLED_LAYERS } from '$lib/catalog/catalog';
import type { Db } from '$lib/duckdb/db';
import type { ExportProvenance } from '$lib/export/layer-geojson';
import type { Box } from '$lib/map/district-map-box';
import type { CellRows } from '$lib/queries/cell-rows';
import type { SqlResult } from '$lib/queries/read-only-sql';
import type { SqlTable } from '$lib/queries/sql-tables';

export interface KnownTable {
  table: string;
  title: string;
}

/** A layer whose attribute table can be opened: its table, the field that names a feature. */
export interface TableLayer {
  table: string;
  keyField: string;
  title: string;
  provenance?: ExportProvenance;
}

/** A table of the console's list; one not loaded yet has no columns until `load`. */
export interface ConsoleTable extends SqlTable {
  title: string;
  loaded: boolean;
}

export class SqlWorkbench {
  constructor(
    /** The database once `table` (if given) is in it. */
    private readonly db: (table?: string) => Promise<Db>,
    private readonly known: () => readonly KnownTable[] = () => BUNDLED_LAYERS
  ) {}

  async run(sql: string): Promise<SqlResult> {
    const [db, { readOnlySql }] = await Promise.all([
      this.db(),
      import('$lib/queries/read-only-sql')
    ]);
    return readOnlySql(db, sql);
  }

  async tables(): Promise<ConsoleTable[]> {
    const [db, { sqlTables }] = await Promise.all([this.db(), import('$lib/queries/sql-tables')]);
    const loaded = await sqlTables(db);
    const known = this.known();
    const title = (name: string) => known.find((k) => k.table === name)?.title ?? name;
    return [
      ...loaded.map((t) => ({ ...t, title: title(t.name), loaded: true })),
      ...known
        .filter((k) => !loaded.some((t) => t.name === k.table))
        .map((k) => ({ name: k.table, title: k.title, columns: [], loaded: false }))
    ];
  }

  async load(table: string): Promise<void> {
    await this.db(table);
  }

  async rows(table: string): Promise<CellRows> {
    const [db, { layerAttributes }] = await Promise.all([
      this.db(table),
      import('$lib/queries/layer-attributes')
    ]);
    return layerAttributes(db, table);
  }

  async box(table: string, keyField: string, key: string): Promise<Box | null> {
    const [db, { featureBox }] = await Promise.all([
      this.db(table),
      import('$lib/queries/feature-box')
    ]);
    return featureBox(db, table, keyField, key);
  }
}
