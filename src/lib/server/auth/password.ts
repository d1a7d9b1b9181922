// Staff passwords: argon2id (@node-rs/argon2, prebuilt, OWASP's recommended parameters by
// default), never stored or logged in clear. A password must be at least 12 characters.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

/** A Spanish reason the password is not acceptable, or null. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`;
  if ([...password].length > 256) return 'La contraseña supera los 256 caracteres.';
  return null;
}

export const hashPassword = (password: string): Promise<string> => hash(password);

/** False (never throws) for a wrong password or a damaged hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
