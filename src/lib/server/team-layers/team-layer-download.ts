// GET /api/capas-equipo/<id>/<version>: the stored Arrow IPC stream of a version, for any staff
// account (arrowVersionResponse: ETag, 304). `private`: the library is for staff sessions only,
// so no shared cache may keep it. A retired version still downloads (saved districts refer to
// it) and says so in `Atlas-Version-Retired`; the list gives the up-to-date state.
import type { StaffUser } from '../../domain/model/account';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { apiStaff } from '../auth/api-staff';
import { storeApiError } from '../store-api-error';
import { arrowVersionResponse } from './arrow-version-response';
import { versionParam } from './version-param';

export async function teamLayerDownload(
  library: TeamLayerStore,
  request: Request,
  user: StaffUser | null,
  params: { id: string; version: string }
): Promise<Response> {
  const staff = apiStaff(user);
  if (!staff.ok) return staff.response;
  try {
    const v = await library.version(params.id, versionParam(params.id, params.version));
    return await arrowVersionResponse(library, request, v, 'private');
  } catch (e) {
    return storeApiError(e);
  }
}
