// A request body read into memory with a size cap: a declared Content-Length past the cap is
// refused before reading; a body without (or with a false) Content-Length stops at the cap.
// Past the cap the rest is read and dropped up to `drain` more bytes, so the client gets its
// 413 on a sound connection; beyond that the connection is cut instead.

export type CappedBody = { ok: true; bytes: Buffer<ArrayBuffer> } | { ok: false };

export async function readCappedBody(
  request: Request,
  limit: number,
  drain: number
): Promise<CappedBody> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit + drain) {
    await request.body?.cancel();
    return { ok: false };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.byteLength;
      if (size <= limit) chunks.push(chunk.value);
      else if (size > limit + drain) {
        await reader?.cancel();
        break;
      }
    }
  } catch (e) {
    // SvelteKit errors the stream with 413 past the server's BODY_SIZE_LIMIT.
    if ((e as { status?: unknown }).status !== 413) throw e;
    return { ok: false };
  }
  return size > limit ? { ok: false } : { ok: true, bytes: Buffer.concat(chunks) };
}
