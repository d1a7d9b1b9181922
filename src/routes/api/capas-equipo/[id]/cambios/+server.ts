import { json } from '@sveltejs/kit';
import { apiStaff } from '$lib/server/auth/api-staff';
import { storeApiError } from '$lib/server/store-api-error';
import { stores } from '$lib/server/store/open-store';
import { rescreenView } from '$lib/server/team-layers/rescreen-view';
import type { RequestHandler } from './$types';

/** The layer's latest re-screen run (status, progress) and, once done, its change list (staff). */
export const GET: RequestHandler = async ({ locals, params }) => {
  const staff = apiStaff(locals.user);
  if (!staff.ok) return staff.response;
  try {
    const { layer, run, result } = await rescreenView(stores(), params.id);
    return json({ capa: layer.id, titulo: layer.title, corrida: run, cambios: result });
  } catch (e) {
    return storeApiError(e);
  }
};
