// The district workspace: the municipios chosen, the settings that change a number (buffer,
// sliver threshold, layers, criteria), and everything computed from them — contiguity, profile,
// constraint matrix, consulta previa pre-screen and inclusion justification, computed by the
// shared lib/facts/district-facts.ts with the overlay worker and DuckDB-WASM as its ports; a newer
// request supersedes an older one still running.
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps and sets here are lookups or results
   stored whole in $state.raw, never mutated in place */
import type { DistrictProfile } from '$lib/queries/district-profile';
import { repairedCodesNote } from '$lib/domain/dane-code';
import { parseCodeList } from '$lib/domain/municipio-search';
import type { DistrictFacts } from '$lib/domain/anexo2-facts';
import type { ConstraintMatrix } from '$lib/domain/constraint-matrix';
import type { ConsultaScreen } from '$lib/domain/consulta-previa-screen';
import type { FactsList } from '$lib/facts/facts-ports';
import type { MunicipioFacts } from '$lib/domain/inclusion-criteria';
import { DEFAULT_INCLUSION_CRITERIA } from '$lib/domain/inclusion-paragraphs';
import type { Analysis } from './analysis.svelte';
import type { DistrictRecord, DistrictSettings } from '$lib/domain/model/district';
import type { DirectoryEntry } from '$lib/domain/model/municipio';

export const DEFAULT_SETTINGS: DistrictSettings = {
  buffer_km: 5,
  sliver_ha: 50,
  sliver_pct: 1,
  layers: [],
  criteria: [...DEFAULT_INCLUSION_CRITERIA]
};

export class DistrictWorkspace {
  codes: string[] = $state([]);
  name = $state('');
  settings: DistrictSettings = $state({ ...DEFAULT_SETTINGS });
  justifications: Record<string, string> = $state({});
  /** Saved record's id and version (null: not saved yet). */
  id: string | null = $state(null);
  version = $state(0);
  notice: string | null = $state(null);
  computing = $state(false);
  error: string | null = $state(null);
  groups: string[][] = $state.raw([]);
  /** Neighbours of each municipio of the district (shared border), for the mesa planner. */
  adjacency: Map<string, string[]> = $state.raw(new Map());
  profile: DistrictProfile | null = $state.raw(null);
  matrix: ConstraintMatrix | null = $state.raw(null);
  screens: ConsultaScreen[] = $state.raw([]);
  district: ConsultaScreen | null = $state.raw(null);
  /** People (pueblo) of each ethnic feature, by layer id then feature. */
  people: Map<string, Map<string, string>> = $state.raw(new Map());
  /** What the anexo 2 and the memoria read, as of the last `compute`. */
  districtFacts: DistrictFacts | null = $state.raw(null);
  #run = 0;
  readonly #byCode: Map<string, DirectoryEntry>;

  constructor(
    private readonly analysis: Analysis,
    readonly directory: DirectoryEntry[],
    record: DistrictRecord | null,
    private readonly peopleOf: (layer: string) => Promise<Map<string, string>> = async () =>
      new Map(),
    private readonly lists: () => FactsList[] = () => []
  ) {
    this.#byCode = new Map(directory.map((d) => [d.code, d]));
    if (record) this.load(record);
  }

  load(r: DistrictRecord): void {
    this.id = r.id;
    this.version = r.version;
    this.name = r.name;
    this.codes = [...r.municipios];
    this.settings = { ...DEFAULT_SETTINGS, ...r.settings };
    this.justifications = { ...r.justifications };
  }

  entry(code: string): DirectoryEntry | undefined {
    return this.#byCode.get(code);
  }

  toggle(code: string): void {
    if (!this.#byCode.has(code)) return;
    this.codes = this.codes.includes(code)
      ? this.codes.filter((c) => c !== code)
      : [...this.codes, code];
  }

  /** Adds the codes found in pasted text; reports the tokens that are not municipios. */
  paste(text: string): void {
    const { codes, unknown, repaired } = parseCodeList(text, new Set(this.#byCode.keys()));
    this.codes = [...this.codes, ...codes.filter((c) => !this.codes.includes(c))];
    const notes = [
      ...(repaired.length ? [repairedCodesNote(repaired)] : []),
      ...(unknown.length
        ? [
            `No son códigos DANE de municipio: ${unknown.slice(0, 8).join(', ')}${unknown.length > 8 ? '…' : ''}.`
          ]
        : [])
    ];
    this.notice = notes.length ? notes.join(' ') : null;
  }

  saving = $state(false);
  saved: string | null = $state(null);

  /** Saves to the server store; returns the record's id (new districts get one). */
  async save(): Promise<string | null> {
    this.saving = true;
    this.error = null;
    try {
      const { saveDistrict } = await import('$lib/api/district-api');
      const custom = $state.snapshot(this.justifications);
      const record = await saveDistrict({
        id: this.id,
        version: this.version,
        name: this.name.trim() || 'Distrito sin nombre',
        municipios: [...this.codes],
        settings: $state.snapshot(this.settings),
        justifications: Object.fromEntries(
          this.codes.flatMap((c) => (custom[c] || this.id ? [[c, custom[c] ?? '']] : []))
        )
      });
      this.load(record);
      this.saved = `Guardado (versión ${record.version}).`;
      return record.id;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** What the inclusion criteria read about one municipio (after `compute`). */
  facts(code: string): MunicipioFacts | null {
    const row = this.matrix?.rows.find((r) => r.code === code);
    const p = this.profile?.municipios.find((m) => m.code === code);
    if (!row || !p) return null;
    const main = this.groups[0] ?? [];
    return {
      code,
      name: row.name,
      department: row.department,
      pdet: row.pdet,
      nbi: p.nbi,
      contiguous: this.codes.length === 1 || (main.length > 1 && main.includes(code)),
      cells: row.cells
    };
  }

  #preview = 0;

  /** The profile alone, read from the bundled Arrow files (no engine), shown until `compute`
   * gives it with the rest; a compute started meanwhile wins. */
  async preview(): Promise<void> {
    const id = ++this.#preview;
    const run = this.#run;
    const codes = [...this.codes];
    if (!codes.length) return;
    try {
      const profile = await this.analysis.profileFromData(codes);
      if (id === this.#preview && run === this.#run) this.profile = profile;
    } catch {
      // compute() reports the same error once the engine is ready.
    }
  }

  /** Recomputes everything for the current codes and settings (lib/facts/district-facts.ts). */
  async compute(): Promise<void> {
    const run = ++this.#run;
    const codes = [...this.codes];
    const s = $state.snapshot(this.settings);
    if (!codes.length) {
      [this.groups, this.adjacency, this.profile, this.matrix, this.screens, this.district] = [
        [],
        new Map(),
        null,
        null,
        [],
        null
      ];
      this.districtFacts = null;
      return;
    }
    this.computing = true;
    this.error = null;
    try {
      const [client, { computeDistrictFacts }] = await Promise.all([
        this.analysis.overlayWithAllLayers(),
        import('$lib/facts/district-facts')
      ]);
      const r = await computeDistrictFacts(
        {
          overlay: client,
          tables: {
            profile: (c) => this.analysis.districtProfile(c),
            indicators: (c) => this.analysis.districtIndicators(c),
            ethnicRecords: (c) => this.analysis.ethnicRecords(c),
            protectedAreas: (c) => this.analysis.protectedAreas(c),
            landCoverChange: (c) => this.analysis.landCoverChange(c)
          },
          peopleOf: this.peopleOf
        },
        {
          codes,
          name: this.name,
          screenId: this.id ?? 'distrito',
          settings: s,
          layers: this.analysis.overlayLayers,
          lists: this.lists()
        }
      );
      if (run !== this.#run) return;
      this.adjacency = r.adjacency;
      this.groups = r.groups;
      this.profile = r.profile;
      this.matrix = r.facts.matrix;
      this.screens = r.facts.screens;
      this.people = r.facts.people;
      this.district = r.facts.district;
      this.districtFacts = r.facts;
    } catch (e) {
      if (run === this.#run) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (run === this.#run) this.computing = false;
    }
  }
}
