import { error } from '@sveltejs/kit';
import { boundaryTile, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { EncodedBodies } from '$lib/server/http/encoded-bodies';
import { encodedResponse } from '$lib/server/http/encoded-response';
import type { RequestHandler } from './$types';

const int = (s: string) => (/^\d{1,5}$/.test(s) ? Number(s) : NaN);
// Compressed tiles, per address and coding (a tile is a few kB to ≈200 kB).
const encoded = new EncodedBodies(32 << 20);

export const GET: RequestHandler = ({ params, request }) => {
  const z = int(params.z);
  const x = int(params.x);
  const y = int(params.y.replace(/\.pbf$/, ''));
  if (!(z <= TILE_MAX_ZOOM && x < 2 ** z && y < 2 ** z)) error(404, 'Tesela fuera de rango');
  const bytes = boundaryTile(z, x, y);
  const headers = { 'cache-control': 'public, max-age=3600' };
  if (!bytes) return new Response(null, { status: 204, headers });
  return encodedResponse(request, {
    body: bytes,
    etag: null,
    headers: { ...headers, 'content-type': 'application/x-protobuf' },
    encoded: (coding) => encoded.get(`${z}/${x}/${y}`, coding, bytes)
  });
};
