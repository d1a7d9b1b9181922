// The stored Arrow IPC stream of one team layer version as an HTTP response, shared by the staff
// and the public download. A version never changes, so its ETag is the SHA-256 of those bytes
// (data_sha256; `-br`/`-gzip` for the compressed representations, encodedResponse), it is
// cached for a year as immutable (`private` for staff, `public` for the public map) and an
// If-None-Match naming it gets a 304 without the bytes. A retired version says so in
// `Atlas-Version-Retired` (when).
import type { TeamLayerVersion } from '../../domain/model/team-layer';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { EncodedBodies } from '../http/encoded-bodies';
import { encodedResponse } from '../http/encoded-response';

export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';
export const RETIRED_HEADER = 'Atlas-Version-Retired';
// Compressed versions by ETag: the layers the maps open again and again.
const encoded = new EncodedBodies(128 << 20);

export async function arrowVersionResponse(
  library: TeamLayerStore,
  request: Request,
  v: TeamLayerVersion,
  cache: 'private' | 'public'
): Promise<Response> {
  const etag = `"${v.data_sha256}"`;
  const headers: Record<string, string> = {
    'Content-Type': ARROW_STREAM,
    'Cache-Control': `${cache}, max-age=31536000, immutable`
  };
  if (v.retired_at) headers[RETIRED_HEADER] = v.retired_at;
  return encodedResponse(request, {
    body: async () => {
      const bytes = await library.data(v.layer_id, v.version);
      return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
    },
    etag,
    headers,
    encoded: (coding, body) => encoded.get(etag, coding, body)
  });
}
