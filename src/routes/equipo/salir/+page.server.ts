import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE, signOut } from '$lib/server/auth/staff-session';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/equipo');

export const actions: Actions = {
  default: async ({ cookies, locals }) => {
    const s = stores();
    await signOut(s.accounts, cookies.get(SESSION_COOKIE));
    if (locals.user) await s.accounts.log(locals.user.email, 'sesion.cerrar');
    cookies.delete(SESSION_COOKIE, { path: '/' });
    redirect(303, '/equipo/ingresar');
  }
};
