// HTTP helpers for the publication tests: a staff session (sign-in form → signed cookie) and
// SvelteKit form actions posted as the browser's `enhance` does (JSON result).
import { isoToBogota } from '../src/lib/domain/publication-period';

export const ADMIN = { email: 'admin@prueba.gov.co', password: 'clave-de-prueba-e2e-1' };
export const ADMIN_ENV = { ATLAS_ADMIN_EMAIL: ADMIN.email, ATLAS_ADMIN_PASSWORD: ADMIN.password };

/** Signs in and returns the Cookie header value. */
export async function staffLogin(url: string, who = ADMIN): Promise<string> {
  const res = await fetch(`${url}/equipo/ingresar`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: url,
      accept: 'text/html'
    },
    body: new URLSearchParams({ email: who.email, password: who.password }),
    redirect: 'manual'
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 303 || !cookie) throw new Error(`ingreso fallido: ${res.status}`);
  return cookie;
}

export interface ActionResult {
  status: number;
  type: string;
}

/** Posts a form action; `cookie` empty for an anonymous client. */
export async function postAction(
  url: string,
  path: string,
  action: string,
  fields: Record<string, string> | FormData,
  cookie = ''
): Promise<ActionResult> {
  const form = fields instanceof FormData;
  const res = await fetch(`${url}${path}?/${action}`, {
    method: 'POST',
    headers: {
      ...(form ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      origin: url,
      accept: 'application/json',
      'x-sveltekit-action': 'true',
      ...(cookie ? { cookie } : {})
    },
    body: form ? fields : new URLSearchParams(fields),
    redirect: 'manual'
  });
  const body = res.headers.get('content-type')?.includes('json')
    ? ((await res.json()) as { type?: string; status?: number })
    : {};
  return { status: body.status ?? res.status, type: body.type ?? String(res.status) };
}

/** Opens (or re-dates) a district's publication period, in days from now. */
export async function openPeriod(
  url: string,
  cookie: string,
  district: string,
  fromDays = -1,
  toDays = 20
): Promise<ActionResult> {
  const at = (d: number) => isoToBogota(new Date(Date.now() + d * 86_400_000).toISOString());
  return postAction(
    url,
    `/equipo/publicaciones/${district}`,
    'periodo',
    {
      apertura: at(fromDays),
      cierre: at(toDays)
    },
    cookie
  );
}

/** Every comment received (any status), as the staff CSV export lists them. */
export async function allComments(url: string, cookie: string, district: string) {
  const res = await fetch(`${url}/equipo/publicaciones/${district}/sistematizacion.csv`, {
    headers: { cookie }
  });
  if (!res.ok) throw new Error(`exportación: ${res.status}`);
  const { csvParse } = await import('d3-dsv');
  return csvParse((await res.text()).replace(/^\uFEFF/, ''));
}

export const postComment = (url: string, district: string, body: unknown) =>
  fetch(`${url}/api/distritos/${district}/comentarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
