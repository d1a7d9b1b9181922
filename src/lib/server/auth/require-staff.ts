// The signed-in account allowed to do `action`, or a 401/403 (staff pages are also guarded in
// hooks.server.ts; this is the check each form action makes for its own permission).
import { error } from '@sveltejs/kit';
import { can, ROLE_LABELS, type StaffAction } from '../../domain/staff-roles';
import type { StaffUser } from '../../domain/model/account';

export function requireStaff(user: StaffUser | null, action: StaffAction): StaffUser {
  if (!user) error(401, 'Inicie sesión con una cuenta del equipo.');
  if (!can(user.role, action))
    error(403, `La cuenta «${user.email}» (${ROLE_LABELS[user.role]}) no puede hacer esto.`);
  return user;
}
