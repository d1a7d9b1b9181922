// The analysis engine (DuckDB-WASM + bundled layers), loaded after the map's first paint.
import type { Db } from '$lib/duckdb/db';
import type { MunicipioProfile } from '$lib/queries/municipio-profile';
import type { ProtectedArea } from '$lib/queries/municipio-protected-areas';
import type { FeatureCollection } from 'geojson';
import { START_OVERLAY_LAYERS, type LayerKind } from '$lib/catalog/catalog';
import { ANT_RECORD_LAYER } from '$lib/facts/record-hits';
import { RUNAP_REPORT_LAYER } from '$lib/facts/official-area-cut';
import { LAND_COVER_CHANGE } from '$lib/catalog/regional-rasters';
import { OnDemandLayers } from './on-demand-layers';
import type { DistrictProfile } from '$lib/queries/district-profile';
import type { IndicatorFacts } from '$lib/domain/anexo2-facts';
import type { MunicipioShape } from '$lib/export/memoria-figure-svgs';
import type { Box } from '$lib/map/district-map-box';
import type { ExportProvenance } from '$lib/export/layer-geojson';
import type { InputFile } from '$lib/import/import-error';
import type { ImportedTable } from '$lib/import/read-table';
import type { OverlayClient } from '$lib/workers/overlay-client';
import type { LoadSummary, WireFeature } from '$lib/geo/overlay-session';
import type { MunicipioCoverage, OverlayPair } from '$lib/geo/overlay-types';

export type OverlayStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A polygon layer the overlay worker holds: bundled, or imported by the user. */
export interface OverlayLayerInfo {
  id: string;
  title: string;
  kind: LayerKind;
  /** Imported layers: what the user recorded on import (bundled ones are in the catalog). */
  provenance?: ExportProvenance;
}

/** One layer's overlaps with one municipio. */
export interface LayerOverlaps {
  layer: OverlayLayerInfo;
  pairs: OverlayPair[];
  coverage: MunicipioCoverage | null;
}

export type AnalysisStatus = 'idle' | 'engine' | 'layers' | 'ready' | 'error';

export class Analysis {
  status: AnalysisStatus = $state('idle');
  /** 0–1 over the whole load (engine download ≈ 70 %, layers ≈ 30 %). */
  progress = $state(0);
  message = $state('');
  error: string | null = $state(null);
  #db: Db | null = null;
  overlayStatus: OverlayStatus = $state('idle');
  overlayMessage = $state('');
  #overlay: OverlayClient | null = null;
  overlayLayers: OverlayLayerInfo[] = $state(
    START_OVERLAY_LAYERS.map(({ id, title, kind }) => ({ id, title, kind }))
  );
  #overlayReady: Promise<OverlayClient>;
  #dbReady: Promise<Db>;
  #resolveDb: (db: Db) => void = () => {};
  /** DuckDB open, before the bundled tables are in it. */
  #dbOpen: Promise<Db>;
  #resolveDbOpen: (db: Db) => void = () => {};
  readonly #onDemand: OnDemandLayers;
  #resolveOverlay: (c: OverlayClient) => void = () => {};

  constructor(private readonly dataUrl: (file: string) => string) {
    this.#overlayReady = new Promise((resolve) => (this.#resolveOverlay = resolve));
    this.#dbReady = new Promise((resolve) => (this.#resolveDb = resolve));
    this.#dbOpen = new Promise((resolve) => (this.#resolveDbOpen = resolve));
    this.#onDemand = new OnDemandLayers(this.#dbReady, (file) => this.fetchBytes(file));
  }

  async start(): Promise<void> {
    if (this.status !== 'idle') return;
    try {
      this.status = 'engine';
      this.message = 'Descargando el motor de análisis (DuckDB-WASM)…';
      const [{ openBrowserDb }, { loadBundledLayers }] = await Promise.all([
        import('$lib/duckdb/open-browser'),
        import('$lib/queries/load-bundled-layers')
      ]);
      const db = await openBrowserDb((f) => (this.progress = 0.7 * f));
      this.#resolveDbOpen(db);
      this.status = 'layers';
      await loadBundledLayers(
        db,
        (file) => this.fetchBytes(file),
        (p) => {
          this.progress = 0.7 + (0.3 * p.done) / p.total;
          this.message = `Capa cargada: ${p.layer.title} (${p.done}/${p.total})`;
        }
      );
      this.#db = db;
      this.#resolveDb(db);
      this.status = 'ready';
      this.progress = 1;
      this.message = 'Análisis listo';
      void this.startOverlay(db);
    } catch (e) {
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Prepares the overlay worker (GEOS) with municipios and every bundled polygon layer. */
  private async startOverlay(db: Db): Promise<void> {
    try {
      this.overlayStatus = 'loading';
      this.overlayMessage = 'Preparando el motor de cruces (GEOS)…';
      const [{ OverlayClient }, { wireFeatures }] = await Promise.all([
        import('$lib/workers/overlay-client'),
        import('$lib/queries/wire-features')
      ]);
      const client = new OverlayClient();
      await client.load('municipios', await wireFeatures(db, 'municipios', 'code'));
      for (const l of START_OVERLAY_LAYERS) {
        this.overlayMessage = `Preparando cruces: ${l.title}…`;
        await client.load(l.id, await wireFeatures(db, l.table, l.keyField));
      }
      this.#overlay = client;
      this.#resolveOverlay(client);
      this.overlayStatus = 'ready';
      this.overlayMessage = '';
    } catch (e) {
      this.overlayStatus = 'error';
      this.overlayMessage = `No se pudo preparar el motor de cruces: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** Overlaps of one municipio with every bundled polygon layer (computed in the worker). */
  async overlaps(code: string): Promise<LayerOverlaps[] | null> {
    const client = this.#overlay;
    if (!client) return null;
    return Promise.all(
      this.overlayLayers.map(async (layer) => {
        const r = await client.overlay({ municipios: 'municipios', layer: layer.id, only: [code] });
        return { layer, pairs: r.pairs, coverage: r.municipios[0] ?? null };
      })
    );
  }

  /** Adds an imported layer to the overlay worker (waits for the worker to be ready). */
  async addOverlayLayer(info: OverlayLayerInfo, features: WireFeature[]): Promise<LoadSummary> {
    const client = await this.#overlayReady;
    const summary = await client.load(info.id, features);
    this.overlayLayers = [...this.overlayLayers.filter((l) => l.id !== info.id), info];
    return summary;
  }

  /** A team layer version's Arrow bytes into the overlay worker (decoded there). */
  async addOverlayArrow(
    info: OverlayLayerInfo,
    bytes: Uint8Array,
    keyField: string
  ): Promise<LoadSummary> {
    const asked = performance.now();
    const client = await this.#overlayReady;
    performance.measure(`espera-cruces:${info.id}`, { start: asked });
    const summary = await client.loadArrow(info.id, bytes, keyField);
    this.overlayLayers = [...this.overlayLayers.filter((l) => l.id !== info.id), info];
    return summary;
  }

  /** A team layer version's Arrow bytes as a DuckDB table (as soon as DuckDB is open: its own
   * table needs none of the bundled ones). */
  async addTable(table: string, bytes: Uint8Array, onEngine?: () => void): Promise<void> {
    const db = await this.#dbOpen;
    onEngine?.();
    await db.insertArrowIpc(table, bytes);
  }

  /** The overlay worker, once municipios and the bundled layers are prepared in it. */
  overlayClient(): Promise<OverlayClient> {
    return this.#overlayReady;
  }

  /** The district profile (population, NBI, PDET, IDF) from the analysis tables. */
  async districtProfile(codes: string[]): Promise<DistrictProfile> {
    const db = await this.#dbReady;
    const { districtProfile } = await import('$lib/queries/district-profile');
    return districtProfile(db, codes);
  }

  /** NBI components and IDF scores of the district (anexo 2). */
  async districtIndicators(codes: string[]): Promise<IndicatorFacts> {
    const db = await this.#dbReady;
    const { districtIndicators } = await import('$lib/queries/district-indicators');
    return districtIndicators(db, codes);
  }

  /** The ANT's national resguardo record filed under these municipios (consulta previa). */
  async ethnicRecords(codes: string[]): Promise<Record<string, unknown>[]> {
    const [db, { ethnicRecords }] = await Promise.all([
      this.withLayer(ANT_RECORD_LAYER),
      import('$lib/queries/ethnic-records')
    ]);
    return ethnicRecords(db, codes);
  }

  /** RUNAP's per-municipio report for these municipios (constraint matrix, official figures). */
  async protectedAreas(codes: string[]): Promise<Record<string, unknown>[]> {
    const [db, { protectedAreaReport }] = await Promise.all([
      this.withLayer(RUNAP_REPORT_LAYER),
      import('$lib/queries/protected-area-report')
    ]);
    return protectedAreaReport(db, codes);
  }

  /** The bundled land-cover transition (hectares per class) of these municipios (anexo 2). */
  async landCoverChange(codes: string[]): Promise<Record<string, unknown>[]> {
    const [db, { landCoverChange }] = await Promise.all([
      this.withLayer(LAND_COVER_CHANGE),
      import('$lib/queries/land-cover-change')
    ]);
    return landCoverChange(db, codes);
  }

  /** The protected areas of one municipio: RUNAP's report with the national attribute table. */
  async protectedAreasOf(code: string): Promise<ProtectedArea[]> {
    const [db, , { municipioProtectedAreas }] = await Promise.all([
      this.withLayer(RUNAP_REPORT_LAYER),
      this.withLayer('runap_areas'),
      import('$lib/queries/municipio-protected-areas')
    ]);
    return municipioProtectedAreas(db, code);
  }

  private withLayer(id: string): Promise<Db> {
    return this.#onDemand.db(id);
  }

  /** The database once `table` is in it (an on-demand bundled layer is loaded first). */
  tableDb(table?: string): Promise<Db> {
    return table ? this.withLayer(table) : this.#dbReady;
  }

  /** The overlay worker with every polygon layer in it, on-demand ones too (a district's facts). */
  async overlayWithAllLayers(): Promise<OverlayClient> {
    const client = await this.#overlayReady;
    await this.#onDemand.overlays(client, ({ id, title, kind }) => {
      this.overlayLayers = [...this.overlayLayers.filter((x) => x.id !== id), { id, title, kind }];
    });
    return client;
  }

  /** Municipios (with geometry) whose bounding box meets `box` (memoria's district map). */
  async municipioShapes(box: Box): Promise<MunicipioShape[]> {
    const db = await this.#dbReady;
    const { municipioShapes } = await import('$lib/queries/municipio-shapes');
    return municipioShapes(db, box);
  }

  /** A GeoTIFF summarised per municipio in the overlay worker (waits for it to be ready). */
  async rasterTable(file: InputFile): Promise<ImportedTable> {
    const client = await this.#overlayReady;
    return client.raster('municipios', file);
  }

  /** Drops an imported layer from the overlay worker (its memory is released). */
  removeOverlayLayer(id: string): void {
    this.overlayLayers = this.overlayLayers.filter((l) => l.id !== id);
    void this.#overlay?.load(id, []);
  }

  private async fetchBytes(file: string): Promise<Uint8Array> {
    const res = await fetch(this.dataUrl(file));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** The DANE codes of the bundled municipios (waits for the analysis tables). */
  async municipioCodes(): Promise<Set<string>> {
    const db = await this.#dbReady;
    const rows = await db.query<{ code: string }>('SELECT code FROM municipios');
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a returned lookup, not state
    return new Set(rows.map((r) => r.code));
  }

  async profile(code: string): Promise<MunicipioProfile | null> {
    if (!this.#db) return null;
    const { municipioProfile } = await import('$lib/queries/municipio-profile');
    return municipioProfile(this.#db, code);
  }

  async attributes(table: string, key: string, column: string): Promise<Map<string, string>> {
    const db = await this.#dbReady;
    const { attributePairs } = await import('$lib/queries/attribute-pairs');
    return attributePairs(db, table, key, column);
  }

  async features(table: string, properties: string[]): Promise<FeatureCollection | null> {
    if (!this.#db) return null;
    const [db, { layerFeatures }] = await Promise.all([
      this.withLayer(table),
      import('$lib/queries/layer-features')
    ]);
    return layerFeatures(db, table, properties);
  }
}
