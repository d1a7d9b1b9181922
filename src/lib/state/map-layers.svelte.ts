// The polygon layers of a map page: the bundled ones (once the analysis tables are loaded), the
// team library's and the ones the user imports, each both an overlay-engine layer and a map layer
// in its kind's colour.
// Both map pages compose this; the public page refreshes its overlap panel on each change.
/* eslint-disable svelte/prefer-svelte-reactivity -- peopleOf returns a fresh lookup, never state */
import { layerById } from '$lib/catalog/catalog';
import type { LayerStore } from '$lib/browser-store/layer-store';
import type { ConstraintKind } from '$lib/domain/constraint-matrix';
import { KIND_COLORS } from '$lib/map/kind-colors';
import { MAP_OVERLAYS } from '$lib/map/map-overlays';
import type { PolygonBuffers } from '$lib/geo/polygon-buffers';
import {
  isDeckOverlay,
  overlaySpec,
  type DeckOverlaySpec,
  type OverlaySpec
} from '$lib/map/overlay-layers';
import type { Analysis } from './analysis.svelte';
import { Imports, layerProvenance, type TeamShare, type UserLayer } from './imports.svelte';
import {
  TeamLayers,
  teamProvenance,
  type LoadedTeamLayer,
  type TeamLayerAdded,
  type TeamSource,
  type TeamVersionRef
} from './team-layers.svelte';

import type { TableLayer } from './sql-workbench';
import { catalogProvenance } from '$lib/export/catalog-provenance';

/** A row of the legend's layer switches. */
export interface LayerToggle {
  id: string;
  label: string;
  color: string;
  available: boolean;
  note: string;
  /** Its attribute table in DuckDB (layers that are tables there). */
  table?: TableLayer;
}

/** A bundled layer's attribute table: its catalog table and key field. */
function bundledTable(id: string): TableLayer | undefined {
  const l = layerById(id);
  if (!l) return undefined;
  return {
    table: l.table,
    keyField: l.keyField,
    title: l.title,
    provenance: catalogProvenance(id, l.title)
  };
}

export class MapLayers {
  overlays: OverlaySpec[] = $state.raw([]);
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
    const share = team.canAdd && team.base ? (s: TeamShare) => this.team.share(s) : undefined;
    this.imports = new Imports(
      memory,
      { add: (l) => this.#add(l), remove: (id) => this.#remove(id), ...(share ? { share } : {}) },
      store
    );
    this.team = new TeamLayers(team.base, team.cache, {
      draw: (l, coarse) => this.#drawTeam(l, coarse),
      detail: (ref, buffers) => this.#detailTeam(ref, buffers),
      add: (l) => this.#addTeam(l),
      addTable: (table, bytes) => this.analysis.addTable(table, bytes),
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
          (Boolean(o.onDemand) && this.analysis.status === 'ready'),
        table: bundledTable(o.id)
      })),
      ...this.team.polygons.map((l) => ({
        id: l.ref,
        label: l.layer.title,
        color: KIND_COLORS[l.layer.kind as ConstraintKind],
        available: true,
        note: `Capa del equipo v${l.version.version} · ${l.version.producer} · corte ${l.version.cutoff}`,
        table: {
          table: l.table,
          keyField: l.layer.key_field,
          title: teamProvenance(l).title,
          provenance: teamProvenance(l)
        }
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
    if (t) {
      const { teamLayerFeatures } = await import('$lib/team-layers/team-layer-features');
      return featurePeople(
        teamLayerFeatures(t.bytes, t.layer.key_field).features.features,
        t.layer.key_field
      );
    }
    const l = this.imports.layers.find((x) => x.id === id);
    if (!l) return new Map();
    return featurePeople(l.data.features, l.mapping.keyField);
  }

  #drawTeam(l: TeamVersionRef, coarse: PolygonBuffers): void {
    const spec: DeckOverlaySpec = {
      id: l.ref,
      buffers: coarse,
      coarse,
      color: KIND_COLORS[l.layer.kind as ConstraintKind],
      title: teamProvenance(l).title,
      key: l.layer.key_field
    };
    this.overlays = [...this.overlays.filter((o) => o.id !== l.ref), spec];
    this.visible[l.ref] = true;
  }

  #detailTeam(ref: string, buffers: PolygonBuffers): void {
    this.overlays = this.overlays.map((o) =>
      o.id === ref && isDeckOverlay(o) ? { ...o, buffers } : o
    );
  }

  #addTeam(l: LoadedTeamLayer): TeamLayerAdded {
    const kind = l.layer.kind as ConstraintKind;
    const title = teamProvenance(l).title;
    const asked = performance.now();
    const table = this.analysis.addTable(l.table, l.bytes, () =>
      performance.measure(`espera-motor:${l.ref}`, { start: asked })
    );
    const overlay = this.analysis
      .addOverlayArrow(
        { id: l.ref, title, kind, provenance: teamProvenance(l) },
        l.bytes,
        l.layer.key_field
      )
      .then(() => this.changed());
    return { table, overlay };
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
