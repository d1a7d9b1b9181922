import { json } from '@sveltejs/kit';
import { apiError, readJsonBody } from '$lib/server/json-api';
import { ANEXO2_ASPECTS } from '$lib/domain/anexo2-aspects';
import { store } from '$lib/server/store/open-store';
import { validateAnexo2 } from '$lib/server/store/validate-anexo2';
import type { RequestHandler } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';
import { Anexo2Conflict } from '$lib/domain/errors/version-conflict-error';
import { ANONYMOUS_AUTHOR } from '$lib/domain/model/district';
import type { DistrictStore } from '$lib/domain/store/district-store';

/** The latest saved version of every aspect (0: none saved), for a client to start again from. */
const versions = async (s: DistrictStore, id: string): Promise<Record<string, number>> => {
  const saved = new Map((await s.anexo2(id)).map((e) => [e.aspect, e.version]));
  return Object.fromEntries(ANEXO2_ASPECTS.map((a) => [a.id, saved.get(a.id) ?? 0]));
};

export const GET: RequestHandler = async ({ params }) => {
  try {
    return json(await store().anexo2(params.id));
  } catch (e) {
    if (e instanceof NotFoundError) return apiError(404, e.message);
    throw e;
  }
};

export const PUT: RequestHandler = async ({ params, request, locals }) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const edits = validateAnexo2(body.value);
  if (!edits.ok) return apiError(400, edits.error);
  try {
    return json(
      await store().saveAnexo2(params.id, edits.value, locals.user?.email ?? ANONYMOUS_AUTHOR)
    );
  } catch (e) {
    if (e instanceof NotFoundError) return apiError(404, e.message);
    if (e instanceof Anexo2Conflict)
      return json(
        { error: e.message, aspecto: e.aspect, versiones: await versions(store(), params.id) },
        { status: 409 }
      );
    throw e;
  }
};
