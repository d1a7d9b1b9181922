// The consulta previa pre-screen of an area the user uploads or draws (a PEG action's polygon, a
// project footprint): an uploaded file is read like any imported layer (any supported CRS, in a
// worker); the area is prepared in the overlay worker as a temporary layer and screened part by
// part and as a whole.
import type { MultiPolygon, Polygon } from 'geojson';
import { screenConsulta, type ConsultaScreen } from '$lib/domain/consulta-previa-screen';
import { districtScreen } from '$lib/domain/district-screen';
import type { Analysis } from './analysis.svelte';

const AREA_LAYER = 'area-analizada';
type Sliver = { maxHa: number; maxPctOfFeature: number };
type Part = { id: string; geometry: Polygon | MultiPolygon };

export class AreaScreen {
  status: 'idle' | 'reading' | 'screening' | 'done' = $state('idle');
  progress = $state(0);
  error: string | null = $state(null);
  name = $state('');
  whole: ConsultaScreen | null = $state.raw(null);
  parts: ConsultaScreen[] = $state.raw([]);

  constructor(private readonly analysis: Analysis) {}

  /** An uploaded GeoJSON or shapefile. */
  screen(files: File[], bufferKm: number, sliver: Sliver): Promise<void> {
    return this.#run(async () => {
      this.status = 'reading';
      const { importFiles } = await import('$lib/workers/import-client');
      const layer = await importFiles(files, (f) => (this.progress = f));
      const parts = layer.features.flatMap((f, i): Part[] =>
        f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
          ? [{ id: `Parte ${i + 1}`, geometry: f.geometry }]
          : []
      );
      if (!parts.length)
        throw new Error(`«${files[0]?.name}»: el archivo no tiene polígonos que analizar.`);
      await this.#screen(parts, files.map((f) => f.name).join(', '), bufferKm, sliver);
    });
  }

  /** A polygon drawn on the map. */
  screenDrawn(polygon: Polygon, bufferKm: number, sliver: Sliver): Promise<void> {
    const name = 'Área dibujada';
    return this.#run(() => this.#screen([{ id: name, geometry: polygon }], name, bufferKm, sliver));
  }

  async #run(work: () => Promise<void>): Promise<void> {
    this.error = null;
    this.whole = null;
    try {
      await work();
      this.status = 'done';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'idle';
    }
  }

  async #screen(parts: Part[], name: string, bufferKm: number, sliver: Sliver): Promise<void> {
    this.status = 'screening';
    const client = await this.analysis.overlayWithAllLayers();
    await client.load(AREA_LAYER, parts);
    const ethnic = this.analysis.overlayLayers.filter((l) => l.kind === 'étnico').map((l) => l.id);
    const ids = parts.map((p) => p.id);
    const hits = await client.hits({ areas: AREA_LAYER, ids, layers: ethnic, bufferKm, sliver });
    this.parts = ids.map((id) =>
      screenConsulta(id, hits[id]?.overlaps ?? [], hits[id]?.near ?? [], bufferKm)
    );
    this.name = name;
    this.whole = districtScreen(name, this.parts, 0);
    await client.load(AREA_LAYER, []);
  }
}
