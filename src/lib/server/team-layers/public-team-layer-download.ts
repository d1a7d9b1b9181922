// GET /api/capas-publicas/<id>/<version>: the Arrow IPC stream of a version for the public map,
// without a session — only a version the public list names (a layer staff marked public, at
// its current version); anything else is the same 404, so the answer never tells whether a
// hidden layer or an older version exists. Same bytes, ETag and 304 as the staff download,
// cached as `public`: the URL names one immutable version.
import { publicTeamLayers } from '../../domain/public-team-layers';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { apiError } from '../json-api';
import { arrowVersionResponse } from './arrow-version-response';

export async function publicTeamLayerDownload(
  library: TeamLayerStore,
  request: Request,
  params: { id: string; version: string }
): Promise<Response> {
  const listed = publicTeamLayers(await library.list()).find(
    (l) => l.id === params.id && String(l.version) === params.version
  );
  if (!listed)
    return apiError(
      404,
      `No hay una capa pública «${params.id}» en versión «${params.version}»: el mapa público solo ofrece la versión vigente de las capas que el equipo publica.`
    );
  return arrowVersionResponse(
    library,
    request,
    await library.version(listed.id, listed.version),
    'public'
  );
}
