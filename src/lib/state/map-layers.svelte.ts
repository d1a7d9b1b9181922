// The polygon layers of a map page: the bundled ones (once the analysis tables are loaded), the
// team library's and the ones the user imports, each both an overlay-engine layer and a map layer
// in its kind's colour.
// Both map pages compose this; the public page refreshes its overlap panel on each change.
/* eslint-disable svelte/prefer-svelte-reactivity -- peopleOf returns a fresh lookup, never state */
import { layerById } from '$lib/catalog/catalog';
import type { LayerStore, TeamLayerCache } from '$lib/browser-store/layer-store';
import type { ConstraintKind } from '$lib/domain/constraint-matrix';
import type { WireFeature } from '$lib/geo/overlay-session';
import { KIND_COLORS } from '$lib/map/kind-colors';
import { MAP_OVERLAYS } from '$lib/map/map-overlays';
import { overlaySpec, type OverlaySpec } from '$lib/map/overlay-layers';
import type { Analysis } from './analysis.svelte';
import { Imports, layerProvenance, type TeamShare, type UserLayer } from './imports.svelte';
import { TeamLayers, type LoadedTeamLayer } from './team-layers.svelte';

/** Where a page's team layers come from: the API base (null: none) and this browser's cache. */
export interface TeamSource {
  base: string | null;
  cache: TeamLayerCache | null;
  /** The account may add versions («Guardar para el equipo» in the import panel). */
  canAdd?: boolean;
}

/** How exports and the Fuentes panel file a team layer version. */
export const teamProvenance = ({ layer, version }: LoadedTeamLayer) => ({
  title: `${layer.title} (capa del equipo, v${version.version})`,
  producer: version.producer,
  cutoff: version.cutoff,
  license: version.licence ?? '',
  source: `Biblioteca del equipo: ${layer.id} v${version.version} · ${version.file_name} · SHA-256 ${version.data_sha256}`
});

/** A row of the legend's layer switches. */
export interface LayerToggle {
  id: string;
  label: string;
  color: string;
  available: boolean;
  note: string;
}

export class MapLayers {
  overlays: OverlaySpec[] = $state([]);
  visible: Record<string, boolean> = $state(
    Object.fromEntries(MAP_OVERLAYS.map((o) => [o.id, !o.onDemand]))
  );
  /** Errors of on-demand layers that failed to load, by id (shown in the legend note). */
  failed: Record<string, string> = $state({});
  #loading = new Set<string>();
  readonly imports: Imports;
  readonly team: TeamLayers;
  #bundled: Promise<void> | null = null;

  constructor(
    private readonly analysis: Analysis,
    memory: Storage | null,
    store: LayerStore | null,
    private readonly changed: () => void = () => {},
    team: TeamSource = { base: null, cache: null }
  ) {
    const share = team.canAdd && team.base ? (s: TeamShare) => this.#share(s) : undefined;
    this.imports = new Imports(
      memory,
      { add: (l) => this.#add(l), remove: (id) => this.#remove(id), ...(share ? { share } : {}) },
      store
    );
    this.team = new TeamLayers(team.base, team.cache, {
      add: (l, wire, bytes) => this.#addTeam(l, wire, bytes),
      remove: (ref) => this.#remove(ref)
    });
  }

  /** Draws the bundled polygon layers (once; call when the analysis is ready). */
  loadBundled(): Promise<void> {
    this.#bundled ??= (async () => {
      for (const o of MAP_OVERLAYS) if (!o.onDemand) await this.#draw(o);
    })();
    return this.#bundled;
  }

  /** Draws the on-demand layers switched on and not drawn yet (call from an effect). */
  async loadSwitchedOn(): Promise<void> {
    const wanted = MAP_OVERLAYS.filter(
      (o) => o.onDemand && this.visible[o.id] && !this.#loading.has(o.id)
    );
    await Promise.all(
      wanted.map(async (o) => {
        if (this.overlays.some((s) => s.id === o.id)) return;
        this.#loading.add(o.id);
        try {
          await this.#draw(o);
          delete this.failed[o.id];
        } catch (e) {
          this.failed[o.id] = e instanceof Error ? e.message : String(e);
          this.visible[o.id] = false;
        } finally {
          this.#loading.delete(o.id);
        }
      })
    );
  }

  async #draw(o: (typeof MAP_OVERLAYS)[number]): Promise<void> {
    const fc = await this.analysis.features(o.table, o.properties);
    const key = layerById(o.id)?.keyField;
    if (fc) this.overlays = [...this.overlays, overlaySpec(o.id, fc, o.color, key)];
  }

  /** The legend's switches: bundled layers (available once drawn) and imported ones. */
  get toggles(): LayerToggle[] {
    return [
      ...MAP_OVERLAYS.map((o) => ({
        id: o.id,
        label: o.label,
        color: o.color,
        note: this.failed[o.id] ? `No se pudo cargar: ${this.failed[o.id]}` : o.note,
        available:
          this.overlays.some((s) => s.id === o.id) ||
          (Boolean(o.onDemand) && this.analysis.status === 'ready')
      })),
      ...this.team.loaded.map((l) => ({
        id: l.ref,
        label: l.layer.title,
        color: KIND_COLORS[l.layer.kind as ConstraintKind],
        available: true,
        note: `Capa del equipo v${l.version.version} · ${l.version.producer} · corte ${l.version.cutoff}`
      })),
      ...this.imports.layers.map((l) => ({
        id: l.id,
        label: l.title,
        color: KIND_COLORS[l.kind],
        available: true,
        note: `Importada · ${l.provenance.producer} · corte ${l.provenance.cutoff}`
      }))
    ];
  }

  /** People (pueblo) of each feature of an ethnic layer, bundled or imported. */
  async peopleOf(id: string): Promise<Map<string, string>> {
    const bundled = layerById(id);
    if (bundled) return this.analysis.attributes(bundled.table, bundled.keyField, 'people');
    const { featurePeople } = await import('$lib/import/feature-people');
    const t = this.team.loaded.find((x) => x.ref === id);
    if (t) return featurePeople(t.features.features, t.layer.key_field);
    const l = this.imports.layers.find((x) => x.id === id);
    if (!l) return new Map();
    return featurePeople(l.data.features, l.mapping.keyField);
  }

  /** Uploads an import to the team library, then loads the version it stored in its place. */
  async #share({ files, crs, pending: p }: TeamShare): Promise<string> {
    const { uploadTeamLayer, teamLibrary } = await import('$lib/api/team-layer-api');
    const v = await uploadTeamLayer(files, {
      nombre: p.teamId.trim(),
      titulo: p.title.trim(),
      tipo: p.mapping.kind,
      productor: p.provenance.producer.trim(),
      corte: p.provenance.cutoff,
      licencia: p.provenance.license.trim(),
      clave: p.mapping.keyField,
      ...(crs ? { crs: String(crs) } : {})
    });
    await this.team.added(await teamLibrary(), v.layer_id);
    const repaired = v.repairs.length ? `, ${v.repairs.length} geometrías reparadas` : '';
    const saved = `Guardada en la biblioteca del equipo como «${v.layer_id}», versión ${v.version} (${v.feature_count} elementos${repaired})`;
    return this.team.error
      ? `${saved}, pero este mapa no pudo cargarla: recargue la página. ${this.team.error}`
      : `${saved}: cada cuenta del equipo la ve en sus mapas y distritos.`;
  }

  async #addTeam(l: LoadedTeamLayer, wire: WireFeature[], bytes: Uint8Array): Promise<void> {
    const kind = l.layer.kind as ConstraintKind;
    await this.analysis.addTable(l.table, bytes);
    await this.analysis.addOverlayLayer(
      { id: l.ref, title: teamProvenance(l).title, kind, provenance: teamProvenance(l) },
      wire
    );
    this.overlays = [
      ...this.overlays,
      overlaySpec(l.ref, l.features, KIND_COLORS[kind], l.layer.key_field)
    ];
    this.visible[l.ref] = true;
    this.changed();
  }

  async #add(layer: UserLayer): Promise<void> {
    const { keyedFeatures } = await import('$lib/import/keyed-features');
    const keyed = keyedFeatures(layer.data.features, layer.mapping.keyField);
    const { id, title, kind } = layer;
    await this.analysis.addOverlayLayer(
      { id, title, kind, provenance: layerProvenance(layer) },
      keyed.features
    );
    const spec = overlaySpec(id, layer.data, KIND_COLORS[kind], layer.mapping.keyField);
    this.overlays = [...this.overlays, spec];
    this.visible[id] = true;
    this.changed();
  }

  #remove(id: string): void {
    this.overlays = this.overlays.filter((o) => o.id !== id);
    this.analysis.removeOverlayLayer(id);
    this.changed();
  }

  /** Ids of the layers switched off in the legend. */
  get hidden(): string[] {
    return Object.keys(this.visible).filter((k) => !this.visible[k]);
  }
}
