// Before the load: the admin signs in on the first instance and creates the other staff accounts,
// each member signs in on an instance in turn, the admin's cookie from the first instance is tried
// on the last (sessions and their signing secret live in the store), and the district's comment
// period is opened from the last instance.
import { ADMIN } from '../../e2e/staff-client';
import { isoToBogota } from '../../src/lib/domain/publication-period';
import { clientAddress, PHASE } from './client-address';
import type { StaffMember } from './run-staff';
import { staffAction } from './staff-action';
import { staffSignIn, type Credentials } from './staff-sign-in';
import type { Instance } from './targets';
import { timedRequest } from './timed-request';

export interface PreparedStaff {
  staff: StaffMember[];
  /** GET /equipo on the last instance with the first instance's cookie (200: it holds). */
  cookieAcross: { from: string; to: string; status: number; ok: boolean };
}

const fail = (what: string, status: number): never => {
  throw new Error(`${what}: estado ${status}`);
};

export async function prepareStaff(
  instances: Instance[],
  district: string,
  members: number,
  engine: number
): Promise<PreparedStaff> {
  const first = instances[0]!;
  const last = instances[instances.length - 1]!;
  const address = (k: number) => clientAddress(PHASE.equipo, engine * 16 + k);
  const admin = await staffSignIn(first.url, ADMIN, address(0));
  if (!admin.cookie) fail('ingreso del administrador', admin.status);
  const cookie = admin.cookie!;
  const check = await timedRequest(`${last.url}/equipo`, {
    headers: { cookie, 'x-forwarded-for': address(0) }
  });
  const accounts: Credentials[] = [ADMIN];
  for (let k = 1; k < members; k++) {
    const who = { email: `equipo${k}@carga.gov.co`, password: `clave-de-carga-${k}-segura` };
    const made = await staffAction(
      first.url,
      '/equipo/usuarios',
      'crear',
      { nombre: `Equipo ${k}`, email: who.email, rol: 'mme', password: who.password },
      cookie,
      address(0)
    );
    if (made.status !== 200) fail(`cuenta ${who.email}`, made.status);
    accounts.push(who);
  }
  const staff: StaffMember[] = [];
  for (const [k, who] of accounts.entries()) {
    const on = instances[k % instances.length]!;
    const s = k === 0 ? admin : await staffSignIn(on.url, who, address(k));
    if (!s.cookie) fail(`ingreso de ${who.email}`, s.status);
    staff.push({ name: who.email, cookie: s.cookie!, address: address(k) });
  }
  const at = (days: number) => isoToBogota(new Date(Date.now() + days * 86_400_000).toISOString());
  const period = await staffAction(
    last.url,
    `/equipo/publicaciones/${district}`,
    'periodo',
    { apertura: at(-1), cierre: at(20) },
    cookie,
    address(0)
  );
  if (period.status !== 200) fail('apertura del periodo de comentarios', period.status);
  return {
    staff,
    cookieAcross: {
      from: first.name,
      to: last.name,
      status: check.status,
      ok: check.status === 200
    }
  };
}
