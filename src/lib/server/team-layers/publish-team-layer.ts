// POST /api/capas-equipo/<id>/publica with `{"publica": true|false}`: a role that may manage the
// library (`capas`: admin, MME, UPME) shows or hides the layer on the public map. The permission
// is checked before the body is read (403), a body that is not that object is a 400, an unknown
// layer a 404. 200 with the layer (its `public`, `public_by`, `public_at`).
import { json } from '@sveltejs/kit';
import type { StaffUser } from '../../domain/model/account';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { apiStaff } from '../auth/api-staff';
import { apiError, readJsonBody } from '../json-api';
import { storeApiError } from '../store-api-error';

const PUBLIC_BODY_HINT = 'Envíe {"publica": true} o {"publica": false}.';

export async function publishTeamLayer(
  library: TeamLayerStore,
  request: Request,
  user: StaffUser | null,
  id: string
): Promise<Response> {
  const staff = apiStaff(user, 'capas');
  if (!staff.ok) return staff.response;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const value: unknown = body.value;
  const publica =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { publica?: unknown }).publica
      : undefined;
  if (typeof publica !== 'boolean') return apiError(400, PUBLIC_BODY_HINT);
  try {
    return json(await library.setPublic(id, publica, staff.user.email, new Date().toISOString()));
  } catch (e) {
    return storeApiError(e);
  }
}
