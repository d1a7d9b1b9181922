import { fail } from '@sveltejs/kit';
import { NotFoundError } from '$lib/domain/errors/not-found-error';
import { RuleError } from '$lib/domain/errors/rule-error';
import { isRole } from '$lib/domain/staff-roles';
import { hashPassword, passwordProblem } from '$lib/server/auth/password';
import { requireStaff } from '$lib/server/auth/require-staff';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const load: PageServerLoad = async ({ locals }) => {
  requireStaff(locals.user, 'usuarios');
  return { users: await stores().accounts.list() };
};

export const actions: Actions = {
  crear: async ({ request, locals }) => {
    const admin = requireStaff(locals.user, 'usuarios');
    const f = await request.formData();
    const email = String(f.get('email') ?? '').trim();
    const name = String(f.get('nombre') ?? '').trim();
    const role = f.get('rol');
    const password = String(f.get('password') ?? '');
    const problem = !EMAIL.test(email)
      ? 'El correo no es válido.'
      : !name || name.length > 200
        ? 'Escriba el nombre (hasta 200 caracteres).'
        : !isRole(role)
          ? 'Elija el rol.'
          : passwordProblem(password);
    if (problem || !isRole(role))
      return fail(400, { error: problem ?? 'Elija el rol.', email, name });
    try {
      await stores().accounts.create(
        { email, name, role, passwordHash: await hashPassword(password) },
        admin.email
      );
    } catch (e) {
      if (e instanceof RuleError) return fail(400, { error: e.message, email, name });
      throw e;
    }
    return { ok: `Cuenta creada para ${email}.` };
  },
  estado: async ({ request, locals }) => {
    const admin = requireStaff(locals.user, 'usuarios');
    const f = await request.formData();
    const id = Number(f.get('id'));
    const active = f.get('activa') === '1';
    if (id === admin.id && !active)
      return fail(400, { error: 'No puede desactivar su propia cuenta.' });
    try {
      await stores().accounts.setActive(id, active, admin.email);
    } catch (e) {
      if (e instanceof NotFoundError) return fail(404, { error: e.message });
      throw e;
    }
    return { ok: active ? 'Cuenta activada.' : 'Cuenta desactivada; sus sesiones se cerraron.' };
  }
};
