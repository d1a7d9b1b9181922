import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/json-api';
import { store } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';

export const GET: RequestHandler = async ({ params }) => {
  const versions = await store().history(params.id);
  return versions.length > 0
    ? json(versions)
    : apiError(404, NotFoundError.district(params.id).message);
};
