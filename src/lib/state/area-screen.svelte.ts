// The consulta previa pre-screen of an area the user uploads (a PEG action's polygon, a project
// footprint): read like any imported layer (any supported CRS, in a worker), prepared in the
// overlay worker as a temporary layer, screened part by part and as a whole.
import { screenConsulta, type ConsultaScreen } from '$lib/domain/consulta-previa-screen';
import { districtScreen } from '$lib/domain/district-screen';
import type { Analysis } from './analysis.svelte';

const AREA_LAYER = 'area-analizada';

export class AreaScreen {
  status: 'idle' | 'reading' | 'screening' | 'done' = $state('idle');
  progress = $state(0);
  error: string | null = $state(null);
  name = $state('');
  whole: ConsultaScreen | null = $state.raw(null);
  parts: ConsultaScreen[] = $state.raw([]);

  constructor(private readonly analysis: Analysis) {}

  async screen(
    files: File[],
    bufferKm: number,
    sliver: { maxHa: number; maxPctOfFeature: number }
  ) {
    this.error = null;
    this.whole = null;
    this.status = 'reading';
    try {
      const { importFiles } = await import('$lib/data/import-client');
      const layer = await importFiles(files, (f) => (this.progress = f));
      const polygons = layer.features.flatMap((f, i) =>
        f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
          ? [{ id: `Parte ${i + 1}`, geometry: f.geometry }]
          : []
      );
      if (!polygons.length)
        throw new Error(`«${files[0]?.name}»: el archivo no tiene polígonos que analizar.`);
      this.status = 'screening';
      const client = await this.analysis.overlayClient();
      await client.load(AREA_LAYER, polygons);
      const ethnic = this.analysis.overlayLayers
        .filter((l) => l.kind === 'étnico')
        .map((l) => l.id);
      const ids = polygons.map((p) => p.id);
      const hits = await client.hits({ areas: AREA_LAYER, ids, layers: ethnic, bufferKm, sliver });
      this.parts = ids.map((id) =>
        screenConsulta(id, hits[id]?.overlaps ?? [], hits[id]?.near ?? [], bufferKm)
      );
      this.name = files.map((f) => f.name).join(', ');
      this.whole = districtScreen(this.name, this.parts, 0);
      await client.load(AREA_LAYER, []);
      this.status = 'done';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'idle';
    }
  }
}
