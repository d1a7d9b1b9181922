// A staff sign-in (the form at /equipo/ingresar) from a given client address: the status and, on
// success (303), the signed session cookie.
import { timedRequest } from './timed-request';

export interface Credentials {
  email: string;
  password: string;
}

export async function staffSignIn(
  url: string,
  who: Credentials,
  address: string
): Promise<{ status: number; cookie: string | null }> {
  const r = await timedRequest(`${url}/equipo/ingresar`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: url,
      accept: 'application/json',
      'x-sveltekit-action': 'true',
      'x-forwarded-for': address
    },
    body: new URLSearchParams({ email: who.email, password: who.password })
  });
  // The action's JSON result: a redirect on success (with the cookie), a failure with its status.
  const result = parseResult(r.body);
  const cookie = r.headers?.get('set-cookie')?.split(';')[0] ?? null;
  const status = result?.type === 'redirect' ? 303 : (result?.status ?? r.status);
  return { status, cookie: status === 303 ? cookie : null };
}

function parseResult(body: string): { type?: string; status?: number } | null {
  try {
    return JSON.parse(body) as { type?: string; status?: number };
  } catch {
    return null;
  }
}
