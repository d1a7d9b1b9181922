// Tables keyed by DANE code imported by the user (ZOMAC list, regalías, production…, and GeoTIFF
// rasters summarised per municipio): read, checked against the municipios, given a title and
// provenance, then shown in each municipio's panel. A failed import leaves the loaded tables as
// they were.
import type { InputFile } from '$lib/import/import-error';
import type { ImportedTable } from '$lib/import/read-table';
import type { TableStore } from '$lib/browser-store/layer-store';
import { idNumber, type Provenance } from './imports.svelte';
import { slugify } from '$lib/domain/slugify';
import { provenanceProblems, type ProvenanceErrors } from './provenance-problems';

export interface UserTable {
  id: string;
  title: string;
  keyColumn: string;
  columns: string[];
  rows: Map<string, Record<string, string>>;
  warnings: string[];
  provenance: Provenance;
  fileName: string;
}

export interface PendingTable {
  title: string;
  /** The table's id in the team library, if it is saved there. */
  teamId: string;
  keyColumn: string;
  provenance: Provenance;
  info: { name: string; rows: number; columns: string[]; warnings: string[] };
}

export class Tables {
  pending: PendingTable | null = $state(null);
  error: string | null = $state(null);
  /** What the pending table's provenance lacks, shown at each field. */
  problems: ProvenanceErrors = $state({});
  tables: UserTable[] = $state.raw([]);
  #table: ImportedTable | null = null;
  #count = 0;

  constructor(
    private readonly codes: () => Promise<Set<string>>,
    private readonly store: TableStore | null = null,
    private readonly raster: ((file: InputFile) => Promise<ImportedTable>) | null = null,
    /** Saves the file as read to the team library; returns what to tell the user. */
    private readonly shareHook: ((file: File, p: PendingTable) => Promise<string>) | null = null
  ) {}

  /** What the last share said (the table is then the team's, not this browser's). */
  notice: string | null = $state(null);
  #file: File | null = null;

  get canShare(): boolean {
    return this.shareHook !== null;
  }

  /** «Guardar para el equipo»: the server reads the same file again and keeps a version. */
  async share(): Promise<void> {
    const p = this.pending;
    const file = this.#file;
    if (!p || !file || !this.shareHook) return;
    if (!this.#valid(p)) return;
    this.reading = true;
    this.error = null;
    try {
      this.notice = await this.shareHook(file, $state.snapshot(p) as PendingTable);
      this.cancel();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.reading = false;
    }
  }

  #valid(p: PendingTable): boolean {
    this.problems = provenanceProblems(p.provenance, 'la tabla');
    return Object.keys(this.problems).length === 0;
  }

  /** Brings back the tables imported in earlier visits (kept in this browser). */
  async restore(): Promise<void> {
    const kept = await this.store?.all().catch(() => []);
    if (!kept?.length) return;
    this.tables = kept.sort((a, b) => idNumber(a.id) - idNumber(b.id));
    this.#count = Math.max(...kept.map((t) => idNumber(t.id)));
  }

  async remove(id: string): Promise<void> {
    this.tables = this.tables.filter((t) => t.id !== id);
    await this.store?.remove(id).catch(() => undefined);
  }

  /** Whether a table is being read (a raster's statistics can take a few seconds). */
  reading = $state(false);

  async read(file: File): Promise<void> {
    this.error = null;
    this.reading = true;
    try {
      const [codes, bytes] = await Promise.all([this.codes(), file.arrayBuffer()]);
      const input = { name: file.name, bytes: new Uint8Array(bytes) };
      const t = await this.#parse(input, codes);
      this.#table = t;
      this.#file = file;
      const title = file.name.replace(/\.[^.]+$/, '');
      this.pending = {
        title,
        teamId: slugify(title, 'tabla'),
        keyColumn: t.keyColumn,
        provenance: { producer: '', cutoff: '', license: '' },
        info: { name: t.name, rows: t.rows.size, columns: t.columns, warnings: t.warnings }
      };
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.reading = false;
    }
  }

  async #parse(input: InputFile, codes: Set<string>): Promise<ImportedTable> {
    if (/\.tiff?$/i.test(input.name)) {
      if (!this.raster) throw new Error('Los rásters necesitan el motor de cruces.');
      return this.raster(input);
    }
    if (/\.xlsx$/i.test(input.name))
      return (await import('$lib/import/read-workbook')).readWorkbook(input, codes);
    return (await import('$lib/import/read-table')).readTable(input, codes);
  }

  cancel(): void {
    this.pending = null;
    this.problems = {};
    this.#table = null;
    this.#file = null;
  }

  async confirm(): Promise<void> {
    const p = this.pending;
    const t = this.#table;
    if (!p || !t || !this.#valid(p)) return;
    const table: UserTable = {
      id: `tabla-${++this.#count}`,
      title: p.title.trim() || t.name,
      keyColumn: t.keyColumn,
      columns: t.columns.filter((c) => c !== t.keyColumn),
      rows: t.rows,
      warnings: t.warnings,
      provenance: $state.snapshot(p.provenance),
      fileName: t.name
    };
    this.tables = [...this.tables, table];
    this.cancel();
    this.error = null;
    await this.store?.save(table).catch((e: unknown) => {
      this.error = `La tabla está cargada, pero el navegador no guardó una copia (${e instanceof Error ? e.message : String(e)}).`;
    });
  }
}
