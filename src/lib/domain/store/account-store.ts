// Staff accounts and their sessions (contract.ts). Sessions are kept by the hash of their token.
import type { NewUser, StaffUser } from '../model/account';
import type { Role } from '../staff-roles';
import type { Actor } from './contract';

export interface AccountStore {
  /** Active accounts with this role. */
  count(role: Role): Promise<number>;
  /** RuleError 'account-taken' when the e-mail has an account. */
  create(user: NewUser, actor: Actor): Promise<StaffUser>;
  /** The account and its password hash, for signing in. */
  credentials(email: string): Promise<{ user: StaffUser; hash: string } | null>;
  list(): Promise<StaffUser[]>;
  /** Deactivating also ends the account's sessions; NotFoundError for an unknown id. */
  setActive(id: number, active: boolean, actor: Actor): Promise<void>;
  /** Every session of the account ends; NotFoundError for an unknown id. */
  setPassword(id: number, passwordHash: string, actor: Actor): Promise<void>;
  addSession(tokenHash: string, userId: number, expiresAt: string): Promise<void>;
  /** The active account behind an unexpired session. */
  sessionUser(tokenHash: string): Promise<StaffUser | null>;
  dropSession(tokenHash: string): Promise<void>;
  /** A random secret kept by the store (created on first use; survives restarts). */
  secret(name: string): Promise<string>;
  /** Records a staff action that is not a write of this store (sign-in, sign-out). */
  log(actor: Actor, action: string, detail?: Record<string, unknown>): Promise<void>;
}
