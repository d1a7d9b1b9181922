// `atlas capas agregar`: reads a file with the app's readers, normalises it (normaliseTeamLayer)
// and adds it as the next version of a layer of the team library in the store of ATLAS_DB.
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { isCalendarDate } from '../../lib/domain/calendar-date';
import type { TeamLayerKind, TeamLayerVersion } from '../../lib/domain/model/team-layer';
import { TEAM_LAYER_ID } from '../../lib/domain/team-layer-input';
import { loadGeos } from '../../lib/geo/geos-runtime';
import { ImportError } from '../../lib/import/import-error';
import type { SupportedCrs } from '../../lib/import/supported-crs';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { normaliseTeamLayer } from '../../lib/team-layers/normalise-team-layer';
import { CliError } from '../cli-error';
import { formatTable } from '../format-table';
import { inputFiles } from '../load-layer';
import { withTeamLibrary } from '../team-library';

export interface AgregarArgs {
  file: string;
  nombre?: string;
  tipo?: string;
  productor?: string;
  corte?: string;
  licencia?: string;
  clave?: string;
  crs?: SupportedCrs;
}

const KINDS: Record<string, TeamLayerKind> = {
  etnico: 'étnico',
  étnico: 'étnico',
  ambiental: 'ambiental',
  minero: 'minero',
  ordenamiento: 'ordenamiento',
  tabla: 'tabla'
};

/** The OS user, as `cli:<user>` (the server records the staff e-mail). */
function uploader(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return `cli:${process.env.USER ?? 'desconocido'}`;
  }
}

function checked(a: AgregarArgs): {
  id: string;
  kind: TeamLayerKind;
  producer: string;
  cutoff: string;
} {
  const usage = (m: string) => new CliError(`capas agregar: ${m}`, 2);
  if (!a.nombre) throw usage('falta --nombre <id> (p. ej. titulos-anm).');
  if (!TEAM_LAYER_ID.test(a.nombre))
    throw usage(`--nombre «${a.nombre}»: use minúsculas sin tildes, cifras y guiones.`);
  const kind = a.tipo === undefined ? undefined : KINDS[a.tipo];
  if (!kind)
    throw usage(
      `--tipo ${a.tipo ? `«${a.tipo}» no sirve` : 'falta'}; use etnico, ambiental, minero, ordenamiento o tabla.`
    );
  if (!a.productor?.trim()) throw usage('falta --productor <texto> (quién publica la capa).');
  if (!a.corte || !isCalendarDate(a.corte))
    throw usage(`--corte ${a.corte ? `«${a.corte}» no es una fecha` : 'falta'}: use AAAA-MM-DD.`);
  return { id: a.nombre, kind, producer: a.productor, cutoff: a.corte };
}

export async function capasAgregar(
  a: AgregarArgs,
  dataDir: string
): Promise<{ output: TeamLayerVersion & { titulo: string }; table: string }> {
  const c = checked(a);
  const read = await inputFiles(a.file).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`No se pudo leer «${a.file}» (${e.code ?? e.message}).`);
  });
  // The library records the file's own name, not the uploader's folder.
  const files = read.map((f) => ({ name: basename(f.name), bytes: f.bytes }));
  const known =
    c.kind === 'tabla'
      ? new Set((await readArrowRows(dataDir, 'municipios')).map((r) => String(r.code)))
      : new Set<string>();
  let n;
  try {
    n = await normaliseTeamLayer(files, {
      kind: c.kind,
      known,
      geos: loadGeos,
      ...(a.clave ? { keyField: a.clave } : {}),
      ...(a.crs ? { crs: a.crs } : {})
    });
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`${e.message} No se guardó nada.`);
    throw e;
  }
  return withTeamLibrary((library) => {
    const v = library.addVersion(
      {
        layer: { id: c.id, title: n.title, kind: c.kind, key_field: n.key_field },
        producer: c.producer,
        cutoff: c.cutoff,
        licence: a.licencia ?? null,
        file_name: n.file_name,
        sha256: n.sha256,
        feature_count: n.feature_count,
        repairs: n.repairs,
        warnings: n.warnings,
        uploaded_by: uploader(),
        data: n.data
      },
      new Date().toISOString()
    );
    const layer = library.list().find((l) => l.id === c.id)!;
    const table = formatTable(
      ['Capa', 'Versión', 'Tipo', 'Clave', 'Elementos', 'SHA-256'],
      [[c.id, String(v.version), layer.kind, layer.key_field, String(v.feature_count), v.sha256]]
    );
    const notes = [
      ...v.repairs.map((r) => `reparado «${r.feature}»: ${r.reason}`),
      ...v.warnings.map((w) => `aviso: ${w}`)
    ];
    return { output: { ...v, titulo: layer.title }, table: [table, ...notes].join('\n') };
  });
}
