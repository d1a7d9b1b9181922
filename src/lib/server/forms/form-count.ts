// A whole-number field of a staff form: null when empty, NaN when it is not a whole number.
import { formText } from './form-text';

export function formCount(f: FormData, key: string): number | null {
  const v = formText(f, key);
  return v === '' ? null : /^\d{1,6}$/.test(v) ? Number(v) : NaN;
}
