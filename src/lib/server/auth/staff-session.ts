// Staff sign-in: checks the password, opens a session (random 32-byte token, stored as its
// SHA-256, 12 hours) and returns the signed cookie value; reads it back on every request.
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './password';
import { signToken, unsignToken } from './signed-token';
import type { StaffUser } from '../../domain/model/account';
import type { AccountStore } from '../../domain/store/account-store';

export const SESSION_COOKIE = 'atlas_sesion';
export const SESSION_HOURS = 12;
const SECRET = 'session-cookie';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

// Compared against when the e-mail is unknown, so both failures take the same time.
let decoy: Promise<string> | null = null;

/** The signed cookie value and the account, or null for a wrong e-mail or password. */
export async function signIn(
  accounts: AccountStore,
  email: string,
  password: string,
  now = new Date()
): Promise<{ cookie: string; user: StaffUser; expires: Date } | null> {
  const found = await accounts.credentials(email);
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(found?.hash ?? (await decoy), password);
  if (!found || !ok || !found.user.active) return null;
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await accounts.addSession(digest(token), found.user.id, expires.toISOString());
  await accounts.log(found.user.email, 'sesion.iniciar');
  return { cookie: signToken(token, await accounts.secret(SECRET)), user: found.user, expires };
}

/** The signed-in account of a cookie value, or null. */
export async function sessionUser(
  accounts: AccountStore,
  cookie: string | undefined
): Promise<StaffUser | null> {
  if (!cookie) return null;
  const token = unsignToken(cookie, await accounts.secret(SECRET));
  return token ? accounts.sessionUser(digest(token)) : null;
}

export async function signOut(accounts: AccountStore, cookie: string | undefined): Promise<void> {
  const token = cookie ? unsignToken(cookie, await accounts.secret(SECRET)) : null;
  if (token) await accounts.dropSession(digest(token));
}
