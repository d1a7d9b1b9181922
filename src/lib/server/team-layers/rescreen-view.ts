// What the change page, its XLSX and GET /api/capas-equipo/<id>/cambios show of a team layer: the
// layer, its latest re-screen run with its progress and, once done, its change list, and the
// provenance of the two versions compared. NotFoundError for an unknown layer.
import { NotFoundError } from '../../domain/errors/not-found-error';
import type { CambiosOutput } from '../../domain/model/layer-rescreen';
import type { RescreenRun } from '../../domain/model/rescreen-run';
import type { TeamLayerKind } from '../../domain/model/team-layer';
import type { Stores } from '../../domain/store/stores';
import type { ExportProvenance } from '../../export/layer-geojson';

export interface RescreenView {
  layer: { id: string; title: string; kind: TeamLayerKind };
  run: RescreenRun | null;
  result: CambiosOutput | null;
  /** The version that landed, then the one before it (when there is one). */
  sources: ExportProvenance[];
}

export async function rescreenView(
  s: Pick<Stores, 'teamLayers' | 'rescreens'>,
  id: string
): Promise<RescreenView> {
  const entry = (await s.teamLayers.list()).find((l) => l.id === id);
  if (!entry) throw NotFoundError.teamLayer(id);
  const run = await s.rescreens.latest(id);
  const compared = run ? [run.version, run.previous_version] : [];
  const sources = entry.versions
    .filter((v) => compared.includes(v.version))
    .reverse()
    .map((v) => ({
      title: `${entry.title} (capa del equipo, versión ${v.version})`,
      producer: v.producer,
      cutoff: v.cutoff,
      license: v.licence ?? '',
      source: `${v.file_name}, SHA-256 ${v.sha256}, subida por ${v.uploaded_by} el ${v.uploaded_at}`
    }));
  return {
    layer: { id: entry.id, title: entry.title, kind: entry.kind },
    run,
    result: run?.status === 'done' ? await s.rescreens.result(run.id) : null,
    sources
  };
}
