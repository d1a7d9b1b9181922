import { json } from '@sveltejs/kit';
import { apiError, readJsonBody } from '$lib/server/json-api';
import { municipioCodes } from '$lib/server/municipio-codes';
import { store } from '$lib/server/store/open-store';
import { validateCreate } from '$lib/server/store/validate-district';
import type { RequestHandler } from './$types';
import { ANONYMOUS_AUTHOR } from '$lib/domain/model/district';

export const GET: RequestHandler = async () => json(await store().list());

export const POST: RequestHandler = async ({ request, locals }) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = validateCreate(body.value, municipioCodes());
  if (!input.ok) return apiError(400, input.error);
  return json(await store().create(input.value, locals.user?.email ?? ANONYMOUS_AUTHOR), {
    status: 201
  });
};
