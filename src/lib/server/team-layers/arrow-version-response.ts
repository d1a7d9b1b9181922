// The stored Arrow IPC stream of one team layer version as an HTTP response, shared by the staff
// and the public download. A version never changes, so its ETag is the SHA-256 of those bytes
// (data_sha256), it is cached for a year as immutable (`private` for staff, `public` for the
// public map) and an If-None-Match naming it gets a 304 without the bytes. A retired version
// says so in `Atlas-Version-Retired` (when).
import type { TeamLayerVersion } from '../../domain/model/team-layer';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';

export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';
export const RETIRED_HEADER = 'Atlas-Version-Retired';

/** Whether an If-None-Match header names this entity tag (weak or strong, or `*`). */
const matches = (header: string | null, tag: string) =>
  header !== null &&
  header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === tag;
  });

export async function arrowVersionResponse(
  library: TeamLayerStore,
  request: Request,
  v: TeamLayerVersion,
  cache: 'private' | 'public'
): Promise<Response> {
  const tag = `"${v.data_sha256}"`;
  const headers = new Headers({
    ETag: tag,
    'Cache-Control': `${cache}, max-age=31536000, immutable`
  });
  if (v.retired_at) headers.set(RETIRED_HEADER, v.retired_at);
  if (matches(request.headers.get('if-none-match'), tag))
    return new Response(null, { status: 304, headers });
  const bytes = await library.data(v.layer_id, v.version);
  headers.set('Content-Type', ARROW_STREAM);
  headers.set('Content-Length', String(bytes.byteLength));
  return new Response(Buffer.from(bytes), { status: 200, headers });
}
