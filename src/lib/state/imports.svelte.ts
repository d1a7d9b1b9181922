// Importing a layer from the user's files: read in a worker with progress, then a mapping step
// (preset, remembered mapping, or the user's choice) and provenance, then onto the map and into the
// overlay engine. A failed import leaves every loaded layer as it was.
import type { ExportProvenance } from '$lib/export/layer-geojson';
import type { ImportedLayer } from '$lib/import/imported-layer';
import { matchPreset, schemaKey, type FieldMapping } from '$lib/import/layer-presets';
import type { ConstraintKind } from '$lib/domain/constraint-matrix';
import type { LayerStore } from '$lib/browser-store/layer-store';
import { ImportFailure } from '$lib/workers/import-failure';
import { slugify } from '$lib/domain/slugify';
import type { FeatureCollection } from 'geojson';
import { importProblems, type ImportProblems } from './import-problems';

/** What exports file about an imported layer: its title, the recorded provenance and the file. */
export const layerProvenance = (l: UserLayer): ExportProvenance => ({
  title: l.title,
  ...l.provenance,
  source: l.fileName
});

export interface Provenance {
  producer: string;
  /** Download or cut-off date, YYYY-MM-DD. */
  cutoff: string;
  license: string;
}

/** What the mapping form shows and edits (the features themselves stay out of reactive state). */
export interface PendingImport {
  layer: Omit<ImportedLayer, 'features'> & { count: number };
  title: string;
  mapping: FieldMapping;
  provenance: Provenance;
  /** Title of the preset that filled the mapping, or why the mapping is prefilled. */
  source: string | null;
  /** The layer's id in the team library, if it is saved there (a new version when it exists). */
  teamId: string;
}

/** What «Guardar para el equipo» sends: the files as read, how to read them, the provenance. */
export interface TeamShare {
  files: File[];
  /** EPSG code the user chose (a shapefile without .prj). */
  crs: number | undefined;
  pending: PendingImport;
}

export interface UserLayer {
  id: string;
  title: string;
  kind: ConstraintKind;
  mapping: FieldMapping;
  provenance: Provenance;
  fileName: string;
  crs: string;
  warnings: string[];
  data: FeatureCollection;
}

const MEMORY_KEY = 'atlas-dmedp.mapeos';
/** The serial number at the end of an import's id («importada-3», «tabla-2»). */
export const idNumber = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

export class Imports {
  status: 'idle' | 'reading' | 'mapping' | 'adding' = $state('idle');
  progress = $state(0);
  error: string | null = $state(null);
  /** The last files could be read if the user names their coordinate system (no .prj). */
  needsCrs = $state(false);
  #lastFiles: File[] = [];
  #lastCrs: number | undefined;
  pending: PendingImport | null = $state(null);
  /** Why the mapping form cannot be sent yet, by field (and a free title when it is taken). */
  problems: ImportProblems = $state({ errors: {}, suggestion: null });
  /** Raw state: a layer's features are never proxied. */
  layers: UserLayer[] = $state.raw([]);
  #count = 0;
  #features: ImportedLayer['features'] = [];

  /** A notice that is not an error (e.g. the browser could not keep a copy). */
  notice: string | null = $state(null);
  /** The layers kept in this browser have been brought back (or there were none to bring). */
  restored = $state(false);

  constructor(
    private readonly memory: Storage | null,
    private readonly hooks: {
      add: (layer: UserLayer) => Promise<void>;
      remove: (id: string) => void;
      /** Saves the import to the team library; returns what to tell the user. */
      share?: (s: TeamShare) => Promise<string>;
      /** Titles the map's legend already shows (bundled, team and imported layers). */
      titles?: () => string[];
    },
    private readonly store: LayerStore | null = null
  ) {}

  /** Brings back the layers imported in earlier visits (kept in this browser). */
  async restore(): Promise<void> {
    if (!this.store) {
      this.restored = true;
      return;
    }
    try {
      const kept = (await this.store.all()).sort((a, b) => idNumber(a.id) - idNumber(b.id));
      for (const layer of kept) {
        await this.hooks.add(layer);
        this.layers = [...this.layers, layer];
        this.#count = Math.max(this.#count, idNumber(layer.id));
      }
    } catch (e) {
      this.notice = `No se pudieron recuperar las capas guardadas: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      this.restored = true;
    }
  }

  /** Off the map at once; off the list once the browser's copy is deleted too. */
  async remove(id: string): Promise<void> {
    this.hooks.remove(id);
    await this.store?.remove(id).catch(() => undefined);
    this.layers = this.layers.filter((l) => l.id !== id);
  }

  private remembered(): Record<string, FieldMapping> {
    try {
      return JSON.parse(this.memory?.getItem(MEMORY_KEY) ?? '{}') as Record<string, FieldMapping>;
    } catch {
      return {};
    }
  }

  /** Reads the files again in the system the user chose (EPSG code). */
  readWithCrs(epsg: number): Promise<void> {
    return this.read(this.#lastFiles, epsg);
  }

  async read(files: File[], crs?: number): Promise<void> {
    if (files.length === 0 || this.status === 'reading' || this.status === 'adding') return;
    this.status = 'reading';
    this.error = null;
    this.needsCrs = false;
    this.#lastFiles = files;
    this.#lastCrs = crs;
    this.progress = Number.NaN;
    try {
      const { importFiles } = await import('$lib/workers/import-client');
      const layer = await importFiles(files, (f) => (this.progress = f), crs);
      const preset = matchPreset(layer.fields);
      const memory = this.remembered()[schemaKey(layer.fields)];
      const first = layer.fields[0] ?? '';
      const { features, ...info } = layer;
      this.#features = features;
      const title = preset?.title ?? layer.name.replace(/\.[^.]+$/, '');
      this.pending = {
        layer: { ...info, count: features.length },
        title,
        teamId: slugify(title, 'capa'),
        mapping: memory ??
          preset ?? { kind: 'ambiental', keyField: first, nameField: first, dateField: null },
        provenance: { producer: preset?.producer ?? '', cutoff: '', license: '' },
        source: memory ? 'mapeo recordado' : preset ? `esquema reconocido: ${preset.title}` : null
      };
      this.problems = { errors: {}, suggestion: null };
      this.status = 'mapping';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.needsCrs = e instanceof ImportFailure && e.needsCrs;
      this.status = 'idle';
    }
  }

  cancel(): void {
    this.pending = null;
    this.#features = [];
    this.status = 'idle';
  }

  /** Whether this page may save an import for the whole team (a staff role that adds layers). */
  get canShare(): boolean {
    return Boolean(this.hooks.share);
  }

  /** Sends the files as read to the team library (the server reads them again) instead of adding
   * them to this browser only; the page loads the version the library stored. */
  async share(): Promise<void> {
    const p = this.pending;
    const share = this.hooks.share;
    // A new version of a team layer keeps its title: only the fields are checked.
    if (!p || !share || !this.#valid(p, [])) return;
    this.error = null;
    this.status = 'adding';
    this.#remember(p);
    try {
      const pending = $state.snapshot(p) as PendingImport;
      this.notice = await share({ files: this.#lastFiles, crs: this.#lastCrs, pending });
      this.pending = null;
      this.#features = [];
      this.status = 'idle';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'mapping';
    }
  }

  #remember(p: PendingImport): void {
    const memory = { ...this.remembered(), [schemaKey(p.layer.fields)]: p.mapping };
    this.memory?.setItem(MEMORY_KEY, JSON.stringify(memory));
  }

  /** Checks the form field by field (the form shows each problem at its field). */
  #valid(p: PendingImport, taken = this.hooks.titles?.() ?? []): boolean {
    this.problems = importProblems(p, taken);
    return Object.keys(this.problems.errors).length === 0;
  }

  /** Checks the mapping and provenance, remembers the mapping, and adds the layer. */
  async confirm(): Promise<void> {
    const p = this.pending;
    if (!p || !this.#valid(p)) return;
    this.error = null;
    this.status = 'adding';
    this.#remember(p);
    const layer: UserLayer = {
      id: `importada-${++this.#count}`,
      title: p.title.trim(),
      kind: p.mapping.kind,
      mapping: $state.snapshot(p.mapping),
      provenance: $state.snapshot(p.provenance),
      fileName: p.layer.name,
      crs: `EPSG:${p.layer.crs.epsg} (${p.layer.crs.name})`,
      warnings: $state.snapshot(p.layer.warnings),
      data: { type: 'FeatureCollection', features: this.#features } as FeatureCollection
    };
    try {
      await this.hooks.add(layer);
      this.layers = [...this.layers, layer];
      this.notice = null;
      await this.store?.save(layer).catch((e: unknown) => {
        this.notice = `La capa está en el mapa, pero el navegador no guardó una copia (${e instanceof Error ? e.message : String(e)}): habrá que importarla de nuevo tras recargar.`;
      });
      this.pending = null;
      this.#features = [];
      this.status = 'idle';
    } catch (e) {
      this.error = `No se pudo agregar la capa: ${e instanceof Error ? e.message : String(e)}`;
      this.status = 'mapping';
    }
  }
}
