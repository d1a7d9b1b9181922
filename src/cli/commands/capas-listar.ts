// `atlas capas listar`: the layers of the team library in the store of ATLAS_DB, each with its
// versions (provenance, hash, count, upload and retirement).
import type { TeamLayerEntry } from '../../lib/domain/model/team-layer';
import { withTeamLibrary } from '../team-library';
import { formatTable } from '../format-table';

export interface CapaListada {
  id: string;
  titulo: string;
  tipo: string;
  clave: string;
  versiones: {
    version: number;
    productor: string;
    corte: string;
    licencia: string | null;
    archivo: string;
    sha256: string;
    elementos: number;
    subida: string;
    subida_por: string;
    retirada: string | null;
  }[];
}

const listed = (l: TeamLayerEntry): CapaListada => ({
  id: l.id,
  titulo: l.title,
  tipo: l.kind,
  clave: l.key_field,
  versiones: l.versions.map((v) => ({
    version: v.version,
    productor: v.producer,
    corte: v.cutoff,
    licencia: v.licence,
    archivo: v.file_name,
    sha256: v.sha256,
    elementos: v.feature_count,
    subida: v.uploaded_at,
    subida_por: v.uploaded_by,
    retirada: v.retired_at
  }))
});

export function capasListar(): Promise<{ output: CapaListada[]; table: string }> {
  return withTeamLibrary(async (library) => {
    const output = (await library.list()).map(listed);
    if (output.length === 0)
      return { output, table: 'La biblioteca del equipo no tiene capas todavía.' };
    const current = (l: CapaListada) => l.versiones.findLast((v) => !v.retirada)?.version;
    const rows = output.flatMap((l) =>
      l.versiones.map((v) => [
        l.id,
        String(v.version),
        l.tipo,
        v.productor,
        v.corte,
        String(v.elementos),
        v.subida,
        v.retirada ? `retirada ${v.retirada}` : v.version === current(l) ? 'actual' : 'anterior'
      ])
    );
    return {
      output,
      table: formatTable(
        ['Capa', 'Versión', 'Tipo', 'Productor', 'Corte', 'Elementos', 'Subida', 'Estado'],
        rows
      )
    };
  });
}
