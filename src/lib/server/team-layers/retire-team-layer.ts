// POST /api/capas-equipo/<id>/<version>/retirar: a role that may import (`capas`) retires a
// version — it stays readable, it is no longer the current one; retiring it again is a 422.
// 200 with the retired version.
import { json } from '@sveltejs/kit';
import type { StaffUser } from '../../domain/model/account';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { apiStaff } from '../auth/api-staff';
import { storeApiError } from '../store-api-error';
import { versionParam } from './version-param';

export async function retireTeamLayer(
  library: TeamLayerStore,
  user: StaffUser | null,
  params: { id: string; version: string }
): Promise<Response> {
  const staff = apiStaff(user, 'capas');
  if (!staff.ok) return staff.response;
  try {
    const n = versionParam(params.id, params.version);
    return json(await library.retire(params.id, n, staff.user.email, new Date().toISOString()));
  } catch (e) {
    return storeApiError(e);
  }
}
