import { fail, redirect } from '@sveltejs/kit';
import { SESSION_COOKIE, signIn } from '$lib/server/auth/staff-session';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';

// Ten attempts per address every 15 minutes: enough for typos, too few to guess a password.
// Counted in the store, so the limit holds across app instances.
const SIGN_IN_BUCKET = 'ingreso';
const SIGN_IN_LIMIT = 10;
const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Only paths inside the staff area: never an open redirect. */
const target = (v: string | null) =>
  v && /^\/equipo(\/|$|\?)/.test(v) && !v.startsWith('//') ? v : '/equipo';

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, target(url.searchParams.get('volver')));
  return { hasAdmin: (await stores().accounts.count('admin')) > 0 };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim();
    const wait = await stores().limits.take(
      SIGN_IN_BUCKET,
      getClientAddress(),
      SIGN_IN_LIMIT,
      SIGN_IN_WINDOW_MS,
      Date.now()
    );
    if (wait)
      return fail(429, {
        email,
        error: `Demasiados intentos; espere ${wait} s e intente de nuevo.`
      });
    const done = await signIn(stores().accounts, email, String(form.get('password') ?? ''));
    if (!done) return fail(400, { email, error: 'Correo o contraseña incorrectos.' });
    cookies.set(SESSION_COOKIE, done.cookie, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: url.protocol === 'https:',
      expires: done.expires
    });
    redirect(303, target(url.searchParams.get('volver')));
  }
};
