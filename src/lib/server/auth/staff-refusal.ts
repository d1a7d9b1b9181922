// Why an account may not do a staff action: 401 without a session, 403 for a role without the
// permission (the Spanish message names the account and its role); null when it may. A read
// open to every staff account passes no action.
import { can, ROLE_LABELS, type StaffAction } from '../../domain/staff-roles';
import type { StaffUser } from '../../domain/model/account';

export interface StaffRefusal {
  status: 401 | 403;
  message: string;
}

export function staffRefusal(user: StaffUser | null, action?: StaffAction): StaffRefusal | null {
  if (!user) return { status: 401, message: 'Inicie sesión con una cuenta del equipo.' };
  if (action && !can(user.role, action))
    return {
      status: 403,
      message: `La cuenta «${user.email}» (${ROLE_LABELS[user.role]}) no puede hacer esto.`
    };
  return null;
}
