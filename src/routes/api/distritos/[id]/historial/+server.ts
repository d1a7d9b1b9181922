import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/json-api';
import { store } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
  const versions = store().history(params.id);
  return versions.length > 0
    ? json(versions)
    : apiError(404, `No existe el distrito «${params.id}».`);
};
