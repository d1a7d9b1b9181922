// A JSON API operation's response as a staff form action's result, so a page and the API share
// one module: a 2xx is the form's success (with the `done` message), an `{error}` one its message with the same status.
import { fail } from '@sveltejs/kit';

export async function apiFormResult(form: string, response: Response, done: string) {
  if (response.ok) return { form, ok: true as const, message: done };
  const { error } = (await response.json()) as { error: string };
  return fail(response.status, { form, error });
}
