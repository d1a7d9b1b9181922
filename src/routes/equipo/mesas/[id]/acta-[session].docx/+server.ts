import { error } from '@sveltejs/kit';
import { actaDocx } from '$lib/export/acta-docx';
import { requireDistrict } from '$lib/server/require-district';
import { storeErrorStatus } from '$lib/server/store-error-status';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

// The acta of one session as DOCX (staff only: hooks.server.ts guards /equipo).
export const GET: RequestHandler = async ({ params }) => {
  const d = await requireDistrict(params.id);
  if (!/^\d+$/.test(params.session)) error(404, 'No existe esa sesión.');
  let session;
  try {
    session = await stores().mesas.get(params.id, Number(params.session));
  } catch (e) {
    const status = storeErrorStatus(e);
    if (status) error(status, (e as Error).message);
    throw e;
  }
  const bytes = await actaDocx(session, d.name, new Date());
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="acta-${d.id}-sesion-${session.number}-${session.date}.docx"`
    }
  });
};
