// A body as an HTTP response in the coding the request accepts (negotiateEncoding), with
// `Vary: Accept-Encoding` and, when the bytes have an entity tag, one tag per coding
// (`"tag"`, `"tag-br"`, `"tag-gzip"`: each representation has its own bytes). An If-None-Match
// naming any of them gets a 304 before the body is read or compressed (they all decode to the
// same bytes).
import { negotiateEncoding, SERVER_ORDER, type ContentCoding } from './negotiate-encoding';

export interface EncodableBody {
  /** The plain bytes, or how to read them (not read for a 304). */
  body: Uint8Array<ArrayBuffer> | (() => Promise<Uint8Array<ArrayBuffer>>);
  /** Quoted entity tag of the plain bytes (`"…"` or `W/"…"`), or null for none. */
  etag: string | null;
  /** Content-Type, Cache-Control and the like, the same for every coding. */
  headers: Record<string, string>;
  /** The body in a coding, or null when that coding would not shrink it. */
  encoded: (
    coding: Exclude<ContentCoding, 'identity'>,
    body: Uint8Array<ArrayBuffer>
  ) => Promise<Uint8Array<ArrayBuffer> | null>;
}

const variantTag = (etag: string, coding: ContentCoding) =>
  coding === 'identity' ? etag : etag.replace(/"$/, `-${coding}"`);

const opaque = (tag: string) => tag.replace(/^W\//, '');

/** Whether an If-None-Match header names one of these entity tags (weak comparison, or `*`). */
const matches = (header: string | null, tags: string[]) =>
  header !== null &&
  header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || tags.some((tag) => opaque(v) === opaque(tag));
  });

export async function encodedResponse(request: Request, source: EncodableBody): Promise<Response> {
  let coding = negotiateEncoding(request.headers.get('accept-encoding'));
  const headers = new Headers(source.headers);
  headers.set('Vary', 'Accept-Encoding');
  const { etag } = source;
  if (etag !== null) {
    headers.set('ETag', variantTag(etag, coding));
    const tags = SERVER_ORDER.map((c) => variantTag(etag, c));
    if (matches(request.headers.get('if-none-match'), tags))
      return new Response(null, { status: 304, headers });
  }
  const plain = typeof source.body === 'function' ? await source.body() : source.body;
  let body = plain;
  if (coding !== 'identity') {
    const encoded = await source.encoded(coding, plain);
    if (encoded) body = encoded;
    else coding = 'identity';
  }
  if (etag !== null) headers.set('ETag', variantTag(etag, coding));
  if (coding !== 'identity') headers.set('Content-Encoding', coding);
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body, { status: 200, headers });
}
