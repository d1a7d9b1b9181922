// The one shape of a staff form action: a checked value (or its error, 400) goes to one store
// write; what the store refuses on purpose becomes the form's message with its status (404, 409,
// 422); any other fault is rethrown. `write` may return extra fields for the success result.
import { fail } from '@sveltejs/kit';
import { storeErrorStatus } from '../store-error-status';
import type { Checked } from './checked';

type Extra = Record<string, unknown> | void;

export async function formWrite<T>(
  form: string,
  checked: Checked<T>,
  write: (value: T) => Extra | Promise<Extra>
) {
  if (!checked.ok) return fail(400, { form, error: checked.error });
  let extra: Extra;
  try {
    extra = await write(checked.value);
  } catch (e) {
    const status = storeErrorStatus(e);
    if (status === null) throw e;
    return fail(status, { form, error: (e as Error).message });
  }
  return { form, ok: true as const, ...extra };
}
