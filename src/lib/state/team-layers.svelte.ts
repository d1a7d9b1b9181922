// The team library's polygon layers on a page: the versions a saved district or permalink
// recorded (or the current ones), each loaded once into DuckDB-WASM as `equipo_<id>_v<n>`, into
// the overlay worker and onto the map — the bytes from this browser's cache when it holds them.
// Layers whose current version differs from the one recorded are listed, to offer a re-screen.
import type { TeamLayerCache } from '$lib/browser-store/layer-store';
import {
  chooseTeamVersions,
  currentVersion,
  type ChosenVersion,
  type StaleVersion,
  type TeamLayerListing,
  type TeamVersionInfo
} from '$lib/domain/team-layer-choice';
import { teamLayerRef } from '$lib/domain/team-layer-ref';
import type { PolygonBuffers } from '$lib/geo/polygon-buffers';
import type { TeamShare } from './imports.svelte';
import type { PendingTable, UserTable } from './tables.svelte';
import type { TeamUploadFields, VersionBytes } from '$lib/api/team-layer-api';

export interface LoadedTeamLayer {
  /** `equipo:<id>@<n>`: the overlay layer's id, and what a district records. */
  ref: string;
  layer: TeamLayerListing;
  version: TeamVersionInfo;
  /** The DuckDB table holding it. */
  table: string;
  /** The version's Arrow bytes (attributes, `geometry` GeoJSON text). */
  bytes: Uint8Array;
  cached: boolean;
}

/** What adding a polygon version starts, each awaited on its own (a User Timing entry each). */
export interface TeamLayerAdded {
  /** In DuckDB (and handed to the map). */
  table: Promise<void>;
  /** In the overlay worker (a district may compute with it). */
  overlay: Promise<void>;
}

/** A version as the map names it. */
export type TeamVersionRef = Pick<LoadedTeamLayer, 'ref' | 'layer' | 'version'>;

export interface TeamLayerHooks {
  /** Puts a polygon version on the map, drawn from its simplified rings. */
  draw: (l: TeamVersionRef, coarse: PolygonBuffers) => void;
  /** Swaps a polygon version's simplified rings on the map for its full ones. */
  detail: (ref: string, buffers: PolygonBuffers) => void;
  /** Starts putting a polygon version in DuckDB and the overlay worker. */
  add: (l: LoadedTeamLayer) => TeamLayerAdded;
  /** Puts a table version in DuckDB. */
  addTable: (table: string, bytes: Uint8Array) => Promise<void>;
  remove: (ref: string) => void;
}

/** Where a page's team layers come from: the API base (null: none) and this browser's cache. */
export interface TeamSource {
  base: string | null;
  cache: TeamLayerCache | null;
  /** The account may add versions («Guardar para el equipo» in the import panel). */
  canAdd?: boolean;
}

/** How exports and the Fuentes panel file a team layer version. */
export const teamProvenance = ({ layer, version }: Pick<LoadedTeamLayer, 'layer' | 'version'>) => ({
  title: `${layer.title} (capa del equipo, v${version.version})`,
  producer: version.producer,
  cutoff: version.cutoff,
  license: version.licence ?? '',
  source: `Biblioteca del equipo: ${layer.id} v${version.version} · ${version.file_name} · SHA-256 ${version.data_sha256}`
});

export const teamTableName = (id: string, version: number) =>
  `equipo_${id.replaceAll('-', '_')}_v${version}`;

export class TeamLayers {
  library: TeamLayerListing[] = $state.raw([]);
  /** Every version loaded, polygon layers and tables (what a district records). */
  loaded: LoadedTeamLayer[] = $state.raw([]);
  /** The table versions, as the pages hold imported tables by DANE code. */
  tables: UserTable[] = $state.raw([]);
  stale: StaleVersion[] = $state.raw([]);
  missing: string[] = $state.raw([]);
  loading = $state(false);
  message = $state('');
  error: string | null = $state(null);
  /** Whether the layers of `open` are all loaded (or failed): a district may compute. */
  settled = $state(false);

  constructor(
    /** The API the bytes come from; null: this page has no team layers (no staff session). */
    private readonly base: string | null,
    private readonly cache: TeamLayerCache | null,
    private readonly hooks: TeamLayerHooks
  ) {}

  get refs(): string[] {
    return this.loaded.map((l) => l.ref);
  }

  /** The polygon layers loaded (on the map and in the overlay worker). */
  get polygons(): LoadedTeamLayer[] {
    return this.loaded.filter((l) => l.layer.kind !== 'tabla');
  }

  #drop(id: string): void {
    const old = this.loaded.find((l) => l.layer.id === id);
    if (!old) return;
    this.hooks.remove(old.ref);
    this.loaded = this.loaded.filter((l) => l !== old);
    this.tables = this.tables.filter((t) => t.id !== old.ref);
  }

  /** Loads what `recorded` names (null: the current versions) from `library`. */
  async open(library: TeamLayerListing[], recorded: string[] | null): Promise<void> {
    this.library = library;
    const choice = chooseTeamVersions(this.library, recorded);
    this.missing = choice.missing;
    try {
      for (const c of choice.load) await this.#load(c);
    } finally {
      this.#restale();
      this.settled = true;
    }
  }

  /** Replaces every stale layer by its current version (the page then re-screens). */
  async useCurrent(): Promise<void> {
    for (const s of this.stale) {
      this.#drop(s.layer.id);
      await this.#load({ layer: s.layer, version: s.current });
    }
    this.missing = [];
    this.#restale();
  }

  /** After an upload: the new listing, and the layer's new version loaded in place of the old. */
  async added(library: TeamLayerListing[], id: string): Promise<void> {
    this.library = library;
    const layer = this.library.find((l) => l.id === id);
    const current = layer && currentVersion(layer);
    if (!layer || !current) return;
    this.#drop(id);
    await this.#load({ layer, version: current });
    this.#restale();
  }

  /** Uploads an import to the team library, then loads the version it stored in its place. */
  /** Uploads an import to the team library, then loads the version it stored in its place. */
  share({ files, crs, pending: p }: TeamShare): Promise<string> {
    return this.#upload(files, {
      nombre: p.teamId.trim(),
      titulo: p.title.trim(),
      tipo: p.mapping.kind,
      productor: p.provenance.producer.trim(),
      corte: p.provenance.cutoff,
      licencia: p.provenance.license.trim(),
      clave: p.mapping.keyField,
      ...(crs ? { crs: String(crs) } : {})
    });
  }

  /** The same for a table by DANE code or a GeoTIFF (the server summarises it per municipio). */
  shareTable(file: File, p: PendingTable): Promise<string> {
    const raster = /\.tiff?$/i.test(file.name);
    return this.#upload([file], {
      nombre: p.teamId.trim(),
      titulo: p.title.trim(),
      tipo: 'tabla',
      productor: p.provenance.producer.trim(),
      corte: p.provenance.cutoff,
      licencia: p.provenance.license.trim(),
      clave: raster ? '' : p.keyColumn
    });
  }

  async #upload(files: readonly File[], fields: TeamUploadFields): Promise<string> {
    const { uploadTeamLayer, teamLibrary } = await import('$lib/api/team-layer-api');
    const v = await uploadTeamLayer(files, fields);
    await this.added(await teamLibrary(), v.layer_id);
    const repaired = v.repairs.length ? `, ${v.repairs.length} geometrías reparadas` : '';
    const saved = `Guardada en la biblioteca del equipo como «${v.layer_id}», versión ${v.version} (${v.feature_count} elementos${repaired})`;
    return this.error
      ? `${saved}, pero este mapa no pudo cargarla: recargue la página. ${this.error}`
      : `${saved}: cada cuenta del equipo la ve en sus mapas y distritos.`;
  }

  #restale(): void {
    this.stale = chooseTeamVersions(this.library, this.refs).stale;
  }

  async #load({ layer, version }: ChosenVersion): Promise<void> {
    if (!this.base) return;
    const ref = teamLayerRef(layer.id, version.version);
    if (this.loaded.some((l) => l.ref === ref)) return;
    this.loading = true;
    this.error = null;
    this.message = `Capa del equipo: ${layer.title} v${version.version}…`;
    const start = performance.now();
    try {
      const [{ teamVersionBytes }, { teamLayerPolygons }] = await Promise.all([
        import('$lib/api/team-layer-api'),
        import('./team-layer-polygons')
      ]);
      const { base, cache } = this;
      // The bytes are read once: when the map's rings must be built from them, else right after
      // the simplified rings came from the cache (one large IndexedDB read at a time).
      let arrived: Promise<VersionBytes> | undefined;
      let asked: (p: Promise<VersionBytes>) => void = () => {};
      const bytesReady = new Promise<VersionBytes>((r) => (asked = r));
      const download = () => {
        arrived ??= teamVersionBytes(base, layer.id, version, cache);
        asked(arrived);
        return arrived;
      };
      const drawing =
        layer.kind === 'tabla'
          ? null
          : teamLayerPolygons(
              () => download().then((a) => a.bytes),
              version.data_sha256,
              layer.key_field,
              cache
            );
      if (drawing) void drawing.then(download, download);
      else void download();
      // On the map as soon as its simplified rings are there: DuckDB and the worker need the bytes.
      let onMap = false;
      const drawn = drawing?.then((polygons) => {
        performance.measure(`capa-equipo:${ref}:poligonos`, { start });
        this.hooks.draw({ ref, layer, version }, polygons.coarse);
        onMap = true;
        void polygons.full.then(
          (full) => {
            performance.measure(`capa-equipo:${ref}:detalle`, { start });
            this.hooks.detail(ref, full);
          },
          () => undefined // the simplified rings stay
        );
      });
      drawn?.catch(() => undefined);
      const { bytes, cached } = await bytesReady.catch((e: unknown) => {
        if (onMap) this.hooks.remove(ref);
        throw e;
      });
      performance.measure(`capa-equipo:${ref}:bytes`, { start });
      const table = teamTableName(layer.id, version.version);
      const entry: LoadedTeamLayer = { ref, layer, version, table, bytes, cached };
      if (layer.kind === 'tabla') {
        const { teamTable } = await import('./team-table');
        const rows = teamTable(ref, layer, version, bytes);
        await this.hooks.addTable(table, bytes);
        this.loaded = [...this.loaded, entry];
        this.tables = [...this.tables, rows];
        performance.measure(`capa-equipo:${ref}`, { start, detail: { cached } });
      } else {
        const added = this.hooks.add(entry);
        this.loaded = [...this.loaded, entry];
        // User Timing entries for benchmarks: in DuckDB (the map draws it meanwhile, «capa-dibujada»),
        // then in the overlay worker.
        const done = await Promise.allSettled([
          drawn,
          added.table.then(() =>
            performance.measure(`capa-equipo:${ref}`, { start, detail: { cached } })
          ),
          added.overlay.then(() =>
            performance.measure(`capa-equipo:${ref}:superposicion`, { start })
          )
        ]);
        for (const d of done) if (d.status === 'rejected') throw d.reason;
      }
    } catch (e) {
      this.error = `No se pudo cargar la capa del equipo «${layer.title}» (v${version.version}): ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      this.loading = false;
      this.message = '';
    }
  }
}
