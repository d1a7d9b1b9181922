// The JSON API's form of requireStaff: the signed-in account allowed to do `action` (any staff
// account when no action is given), or the 401/403 as `{error}` JSON like every API error.
import type { StaffAction } from '../../domain/staff-roles';
import type { StaffUser } from '../../domain/model/account';
import { apiError } from '../json-api';
import { staffRefusal } from './staff-refusal';

export type ApiStaff = { ok: true; user: StaffUser } | { ok: false; response: Response };

export function apiStaff(user: StaffUser | null, action?: StaffAction): ApiStaff {
  const refused = staffRefusal(user, action);
  if (refused) return { ok: false, response: apiError(refused.status, refused.message) };
  return { ok: true, user: user! };
}
