// The signed-in account allowed to do `action`, or a 401/403 (staff pages are also guarded in
// hooks.server.ts; this is the check each form action makes for its own permission).
import { error } from '@sveltejs/kit';
import type { StaffAction } from '../../domain/staff-roles';
import type { StaffUser } from '../../domain/model/account';
import { staffRefusal } from './staff-refusal';

export function requireStaff(user: StaffUser | null, action: StaffAction): StaffUser {
  const refused = staffRefusal(user, action);
  if (refused) error(refused.status, refused.message);
  return user!;
}
