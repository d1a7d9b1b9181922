// The analysis engine (DuckDB-WASM + bundled layers), loaded after the map's first paint.
import type { Db } from '$lib/data/duckdb/db';
import type { MunicipioProfile } from '$lib/data/municipio-profile';
import type { FeatureCollection } from 'geojson';

export type AnalysisStatus = 'idle' | 'engine' | 'layers' | 'ready' | 'error';

export class Analysis {
  status: AnalysisStatus = $state('idle');
  /** 0–1 over the whole load (engine download ≈ 70 %, layers ≈ 30 %). */
  progress = $state(0);
  message = $state('');
  error: string | null = $state(null);
  #db: Db | null = null;

  constructor(private readonly dataUrl: (file: string) => string) {}

  async start(): Promise<void> {
    if (this.status !== 'idle') return;
    try {
      this.status = 'engine';
      this.message = 'Descargando el motor de análisis (DuckDB-WASM)…';
      const [{ openBrowserDb }, { loadBundledLayers }] = await Promise.all([
        import('$lib/data/duckdb/open-browser'),
        import('$lib/data/load-bundled-layers')
      ]);
      const db = await openBrowserDb((f) => (this.progress = 0.7 * f));
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
      this.status = 'ready';
      this.progress = 1;
      this.message = 'Análisis listo';
    } catch (e) {
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private async fetchBytes(file: string): Promise<Uint8Array> {
    const res = await fetch(this.dataUrl(file));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  async profile(code: string): Promise<MunicipioProfile | null> {
    if (!this.#db) return null;
    const { municipioProfile } = await import('$lib/data/municipio-profile');
    return municipioProfile(this.#db, code);
  }

  async features(table: string, properties: string[]): Promise<FeatureCollection | null> {
    if (!this.#db) return null;
    const { layerFeatures } = await import('$lib/data/layer-features');
    return layerFeatures(this.#db, table, properties);
  }
}
