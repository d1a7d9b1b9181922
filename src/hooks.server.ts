import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { bootstrapAdmin } from '$lib/server/auth/bootstrap-admin';
import { SESSION_COOKIE, sessionUser } from '$lib/server/auth/staff-session';
import { MAX_DOCUMENT_BYTES } from '$lib/server/forms/publication-forms';
import { apiError } from '$lib/server/json-api';
import { boundaryTiles } from '$lib/server/boundary-tiles';
import { stores } from '$lib/server/store/open-store';
import { rescreenJobs } from '$lib/server/team-layers/rescreen-jobs';

// At start: cut the boundary tile index so the first visitor does not wait for it, open the
// server stores (created and migrated now, so a bad ATLAS_DB path or URL stops the start with its
// reason), mark the re-screens a stopped process left unfinished as interrupted, and create the
// first admin from the environment when there is none.
export const init: ServerInit = async () => {
  boundaryTiles();
  const interrupted = await rescreenJobs().recover();
  if (interrupted.length)
    console.log(`» ${interrupted.length} re-análisis interrumpidos al detenerse el servidor.`);
  const done = await bootstrapAdmin(stores().accounts);
  if (done === 'creada') console.log('» Cuenta de administración creada desde ATLAS_ADMIN_EMAIL.');
  if (done === 'sin-variables')
    console.log(
      '» No hay cuenta de administración: defina ATLAS_ADMIN_EMAIL y ATLAS_ADMIN_PASSWORD o ejecute `npm run crear-admin`.'
    );
};

const STAFF = /^\/(equipo|api\/equipo|api\/capas-equipo)(\/|$)/;
const OPEN = /^\/equipo\/ingresar\/?$/;
const UPLOAD = /^\/api\/capas-equipo\/?$/;
// BODY_SIZE_LIMIT leaves room for team layer uploads (scripts/start.sh); every other request keeps
// the cap it had, the documents under consultation plus the multipart around them.
const OTHER_BODY_LIMIT = MAX_DOCUMENT_BYTES + 1024 * 1024;

// The signed-in account on every request; staff pages and APIs refuse the public (pages send
// them to sign in, everything else gets 401); a body declared past OTHER_BODY_LIMIT is a 413,
// except for the team layer upload, which checks its own. Headers that keep pages out of frames
// and stop content sniffing.
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = await sessionUser(stores().accounts, event.cookies.get(SESSION_COOKIE));
  const path = event.url.pathname;
  if (STAFF.test(path) && !OPEN.test(path) && !event.locals.user) {
    if (event.request.method === 'GET' && !path.startsWith('/api/'))
      redirect(303, `/equipo/ingresar?volver=${encodeURIComponent(path + event.url.search)}`);
    return apiError(401, 'Inicie sesión con una cuenta del equipo.');
  }
  const declared = Number(event.request.headers.get('content-length') ?? 0);
  if (declared > OTHER_BODY_LIMIT && !UPLOAD.test(path))
    return apiError(413, `El cuerpo supera el máximo de ${OTHER_BODY_LIMIT / 1024 / 1024} MB.`);
  const response = await resolve(event);
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff');
    response.headers.set('X-Frame-Options', 'DENY');
    response.headers.set('Referrer-Policy', 'same-origin');
  } catch {
    // A response with immutable headers (passed through from fetch) keeps its own.
  }
  return response;
};
