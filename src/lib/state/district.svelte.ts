// The district workspace: the municipios chosen, the settings that change a number (buffer,
// sliver threshold, layers, criteria), and everything computed from them — contiguity, profile,
// constraint matrix, consulta previa pre-screen and inclusion justification. Work runs in the
// overlay worker and DuckDB; a newer request supersedes an older one still running.
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps and sets here are lookups or results
   stored whole in $state.raw, never mutated in place */
import type { DistrictProfile } from '$lib/data/district-profile';
import { repairedCodesNote } from '$lib/data/dane-code';
import { parseCodeList } from '$lib/data/municipio-search';
import {
  constraintMatrix,
  type ConstraintMatrix,
  type LayerCut,
  type MunicipioList
} from '$lib/domain/constraint-matrix';
import { screenConsulta, type ConsultaScreen } from '$lib/domain/consulta-previa-screen';
import { districtScreen } from '$lib/domain/district-screen';
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
  #run = 0;
  readonly #byCode: Map<string, DirectoryEntry>;

  constructor(
    private readonly analysis: Analysis,
    readonly directory: DirectoryEntry[],
    record: DistrictRecord | null,
    private readonly peopleOf: (layer: string) => Promise<Map<string, string>> = async () =>
      new Map(),
    private readonly lists: () => MunicipioList[] = () => []
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
      const { saveDistrict } = await import('$lib/data/district-api');
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

  /** Recomputes everything for the current codes and settings. */
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
      return;
    }
    this.computing = true;
    this.error = null;
    try {
      const client = await this.analysis.overlayClient();
      const layers = this.analysis.overlayLayers.filter(
        (l) => !s.layers.length || s.layers.includes(l.id)
      );
      const sliver = { maxHa: s.sliver_ha, maxPctOfFeature: s.sliver_pct };
      const ethnic = layers.filter((l) => l.kind === 'étnico').map((l) => l.id);
      const people = Promise.all(ethnic.map(async (id) => [id, await this.peopleOf(id)] as const));
      const [adjacency, profile, hits, ...cuts] = await Promise.all([
        client.adjacency('municipios', codes),
        this.analysis.districtProfile(codes),
        client.hits({
          areas: 'municipios',
          ids: codes,
          layers: ethnic,
          bufferKm: s.buffer_km,
          sliver
        }),
        ...layers.map((l) =>
          client.overlay({ municipios: 'municipios', layer: l.id, only: codes, sliver })
        )
      ]);
      if (run !== this.#run) return;
      const { connectedGroups } = await import('$lib/geo/connected-groups');
      this.adjacency = new Map(Object.entries(adjacency));
      this.groups = connectedGroups(this.adjacency);
      this.profile = profile;
      const rows = codes.map((code) => {
        const e = this.#byCode.get(code)!;
        return { code, name: e.name, department: e.department, pdet: e.pdet };
      });
      this.matrix = constraintMatrix(
        rows,
        layers,
        new Map<string, LayerCut>(layers.map((l, i) => [l.id, cuts[i]!])),
        this.lists()
      );
      this.screens = codes.map((c) =>
        screenConsulta(c, hits[c]!.overlaps, hits[c]!.near, s.buffer_km)
      );
      this.people = new Map(await people);
      this.district = districtScreen(this.id ?? 'distrito', this.screens, profile.areaKm2 * 100);
    } catch (e) {
      if (run === this.#run) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (run === this.#run) this.computing = false;
    }
  }
}
