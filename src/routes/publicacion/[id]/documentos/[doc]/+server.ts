import { error } from '@sveltejs/kit';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

// A document under consultation, as an attachment with its stored type.
export const GET: RequestHandler = async ({ params }) => {
  const doc = /^\d+$/.test(params.doc)
    ? await stores().publications.document(params.id, Number(params.doc))
    : null;
  if (!doc) error(404, 'No existe ese documento.');
  return new Response(Buffer.from(doc.bytes), {
    headers: {
      'content-type': doc.media_type,
      'content-length': String(doc.size),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
      'cache-control': 'no-cache'
    }
  });
};
