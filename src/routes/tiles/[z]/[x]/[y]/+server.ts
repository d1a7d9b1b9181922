import { error } from '@sveltejs/kit';
import { boundaryTile, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import type { RequestHandler } from './$types';

const int = (s: string) => (/^\d{1,5}$/.test(s) ? Number(s) : NaN);

export const GET: RequestHandler = ({ params }) => {
  const z = int(params.z);
  const x = int(params.x);
  const y = int(params.y.replace(/\.pbf$/, ''));
  if (!(z <= TILE_MAX_ZOOM && x < 2 ** z && y < 2 ** z)) error(404, 'Tesela fuera de rango');
  const bytes = boundaryTile(z, x, y);
  const headers = { 'cache-control': 'public, max-age=3600' };
  if (!bytes) return new Response(null, { status: 204, headers });
  return new Response(bytes, {
    headers: { ...headers, 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' }
  });
};
