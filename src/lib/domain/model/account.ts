// A staff account (roles of the DME/DFM team) and a new one as created.
import type { Role } from '../staff-roles';

export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  created_at: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** Already hashed (never the password itself). */
  passwordHash: string;
}
