import { json } from '@sveltejs/kit';
import { apiError, readJsonBody } from '$lib/server/json-api';
import { receiveComment } from '$lib/server/receive-comment';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

/** Comment bodies are small: 5,000 characters of text and a drawn area of ≤2,000 vertices. */
const COMMENT_BODY_LIMIT = 128 * 1024;

/** Published comments and their answers (never e-mails), oldest first. */
export const GET: RequestHandler = async ({ params }) => {
  const s = stores();
  if (!(await s.publications.get(params.id)))
    return apiError(404, `El distrito «${params.id}» no está en publicación.`);
  return json(await s.comments.published(params.id));
};

export const POST: RequestHandler = async ({ params, request, getClientAddress }) => {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
    return apiError(415, 'Envíe el comentario como JSON (Content-Type: application/json).');
  const body = await readJsonBody(request, COMMENT_BODY_LIMIT);
  if (!body.ok) return body.response;
  const r = await receiveComment(stores(), params.id, body.value, getClientAddress());
  if (r.status === 201) return json({ id: r.id }, { status: 201 });
  return json(
    { error: r.error, ...(r.errors ? { campos: r.errors } : {}) },
    { status: r.status, headers: r.retryAfter ? { 'Retry-After': String(r.retryAfter) } : {} }
  );
};
