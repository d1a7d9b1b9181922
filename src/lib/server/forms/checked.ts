// What every staff form reader returns: the checked value, or one Spanish error for the form.

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Both values, or the first error. */
export function both<A, B>(a: Checked<A>, b: Checked<B>): Checked<[A, B]> {
  if (!a.ok) return a;
  if (!b.ok) return b;
  return { ok: true, value: [a.value, b.value] };
}
