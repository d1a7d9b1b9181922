// `atlas capas agregar`: reads a file with the app's readers, normalises it (normaliseTeamLayer)
// and adds it as the next version of a layer of the team library in the store of ATLAS_DB.
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { TeamLayerVersion } from '../../lib/domain/model/team-layer';
import {
  checkTeamLayerFields,
  type CheckedTeamLayerFields
} from '../../lib/domain/team-layer-fields';
import { loadGeos } from '../../lib/geo/geos-runtime';
import { ImportError } from '../../lib/import/import-error';
import type { SupportedCrs } from '../../lib/import/supported-crs';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { normaliseTeamLayer } from '../../lib/team-layers/normalise-team-layer';
import { teamLayerVersionInput } from '../../lib/team-layers/team-layer-version-input';
import { CliError } from '../cli-error';
import { rasterMunicipioTable } from '../../lib/node/raster-municipio-table';
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

/** The OS user, as `cli:<user>` (the server records the staff e-mail). */
function uploader(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return `cli:${process.env.USER ?? 'desconocido'}`;
  }
}

function checked(a: AgregarArgs): CheckedTeamLayerFields {
  const c = checkTeamLayerFields(a, (field) => `--${field}`);
  if (!c.ok) throw new CliError(`capas agregar: ${c.error}`, 2);
  return c.value;
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
      raster: (file) => rasterMunicipioTable(dataDir, file),
      ...(a.clave ? { keyField: a.clave } : {}),
      ...(a.crs ? { crs: a.crs } : {})
    });
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`${e.message} No se guardó nada.`);
    throw e;
  }
  return withTeamLibrary(async (library) => {
    const v = await library.addVersion(
      teamLayerVersionInput(c, n, a.licencia ?? null, uploader()),
      new Date().toISOString()
    );
    const layer = (await library.list()).find((l) => l.id === c.id)!;
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
