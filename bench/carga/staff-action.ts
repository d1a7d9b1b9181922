// A staff form action (SvelteKit's `?/name`, posted as `enhance` does) on one instance with a
// session cookie; the status is the action's own (200 success, 4xx failure, 503 database down).
import { timedRequest, type Timed } from './timed-request';

export async function staffAction(
  url: string,
  path: string,
  action: string,
  fields: Record<string, string>,
  cookie: string,
  address: string
): Promise<Timed> {
  const r = await timedRequest(`${url}${path}?/${action}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: url,
      accept: 'application/json',
      'x-sveltekit-action': 'true',
      'x-forwarded-for': address,
      cookie
    },
    body: new URLSearchParams(fields)
  });
  if (r.status !== 200) return r;
  try {
    const result = JSON.parse(r.body) as { type?: string; status?: number };
    return { ...r, status: result.status ?? (result.type === 'success' ? 200 : r.status) };
  } catch {
    return r;
  }
}
