// Request and response helpers of the JSON API: bodies read with a size cap, errors as
// `{error: "<mensaje>"}` with their status.
import { json } from '@sveltejs/kit';
import { readCappedBody } from './read-capped-body';

export const JSON_BODY_LIMIT = 64 * 1024;
// Past the cap the rest of the body is read and dropped, so the client gets its 413 on a sound
// connection; past this much more, the connection is cut instead.
const DRAIN_LIMIT = 1024 * 1024;

export const apiError = (status: number, message: string): Response =>
  json({ error: message }, { status });

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/** The parsed body, or a 413 past `limit` bytes, or a 400 when it is not JSON. */
export async function readJsonBody(request: Request, limit = JSON_BODY_LIMIT): Promise<JsonBody> {
  const body = await readCappedBody(request, limit, DRAIN_LIMIT);
  if (!body.ok)
    return {
      ok: false,
      response: apiError(413, `El cuerpo supera el máximo de ${limit / 1024} kB.`)
    };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.bytes)) as unknown };
  } catch {
    return { ok: false, response: apiError(400, 'El cuerpo no es JSON válido.') };
  }
}
