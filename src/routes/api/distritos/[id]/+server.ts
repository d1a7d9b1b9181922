import { json } from '@sveltejs/kit';
import { apiError, readJsonBody } from '$lib/server/json-api';
import { municipioCodes } from '$lib/server/municipio-codes';
import { store } from '$lib/server/store/open-store';
import { validatePatch } from '$lib/server/store/validate-district';
import type { RequestHandler } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';
import { VersionConflictError } from '$lib/domain/errors/version-conflict-error';
import { ANONYMOUS_AUTHOR } from '$lib/domain/model/district';

export const GET: RequestHandler = async ({ params }) => {
  const record = await store().get(params.id);
  return record ? json(record) : apiError(404, NotFoundError.district(params.id).message);
};

export const PUT: RequestHandler = async ({ params, request, locals }) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const change = validatePatch(body.value, municipioCodes());
  if (!change.ok) return apiError(400, change.error);
  try {
    return json(
      await store().update(
        params.id,
        change.value.patch,
        locals.user?.email ?? ANONYMOUS_AUTHOR,
        change.value.version
      )
    );
  } catch (e) {
    if (e instanceof NotFoundError) return apiError(404, e.message);
    if (e instanceof VersionConflictError)
      return json({ error: e.message, version: e.actual }, { status: 409 });
    throw e;
  }
};
