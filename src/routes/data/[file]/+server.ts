import { error } from '@sveltejs/kit';
import { dataFile } from '$lib/server/data-files';
import { encodedResponse } from '$lib/server/http/encoded-response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => {
  const f = dataFile(params.file);
  if (!f) error(404, `No existe el archivo de datos «${params.file}»`);
  return encodedResponse(request, {
    ...f,
    headers: { 'content-type': f.type, 'cache-control': 'public, max-age=3600' }
  });
};
