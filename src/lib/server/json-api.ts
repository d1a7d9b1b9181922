// Request and response helpers of the JSON API: bodies read with a size cap, errors as
// `{error: "<mensaje>"}` with their status.
import { json } from '@sveltejs/kit';

export const JSON_BODY_LIMIT = 64 * 1024;
// Past the cap the rest of the body is read and dropped, so the client gets its 413 on a sound
// connection; past this much more, the connection is cut instead.
const DRAIN_LIMIT = 1024 * 1024;

export const apiError = (status: number, message: string): Response =>
  json({ error: message }, { status });

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/** The parsed body, or a 413 past `limit` bytes, or a 400 when it is not JSON. */
export async function readJsonBody(request: Request, limit = JSON_BODY_LIMIT): Promise<JsonBody> {
  const tooLarge: JsonBody = {
    ok: false,
    response: apiError(413, `El cuerpo supera el máximo de ${limit / 1024} kB.`)
  };
  // Streamed in, so a body without (or with a false) content-length stops at the cap.
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.byteLength;
      if (size <= limit) chunks.push(chunk.value);
      else if (size > limit + DRAIN_LIMIT) {
        await reader?.cancel();
        break;
      }
    }
  } catch (e) {
    // SvelteKit errors the stream with 413 past the server's BODY_SIZE_LIMIT.
    if ((e as { status?: unknown }).status !== 413) throw e;
    return tooLarge;
  }
  if (size > limit) return tooLarge;
  try {
    return {
      ok: true,
      value: JSON.parse(new TextDecoder().decode(Buffer.concat(chunks))) as unknown
    };
  } catch {
    return { ok: false, response: apiError(400, 'El cuerpo no es JSON válido.') };
  }
}
