import { error } from '@sveltejs/kit';
import { dataFile } from '$lib/server/data-files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => {
  const f = dataFile(params.file);
  if (!f) error(404, `No existe el archivo de datos «${params.file}»`);
  const headers: Record<string, string> = {
    'content-type': f.type,
    'cache-control': 'public, max-age=3600',
    etag: f.etag,
    vary: 'accept-encoding'
  };
  if (request.headers.get('if-none-match') === f.etag)
    return new Response(null, { status: 304, headers });
  const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  return new Response(gzip ? f.gzip : f.body, { headers });
};
