import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/json-api';
import { store } from '$lib/server/store/open-store';
import { aspectError, isAnexo2Aspect } from '$lib/server/store/validate-anexo2';
import type { RequestHandler } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';

/** `?aspecto=<id>`: every saved version of that aspect, newest first ([] if never saved). */
export const GET: RequestHandler = async ({ params, url }) => {
  const aspect = url.searchParams.get('aspecto');
  if (!isAnexo2Aspect(aspect)) return apiError(400, aspectError(aspect));
  try {
    return json(await store().anexo2History(params.id, aspect));
  } catch (e) {
    if (e instanceof NotFoundError) return apiError(404, e.message);
    throw e;
  }
};
