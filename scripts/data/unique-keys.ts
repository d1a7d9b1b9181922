// Feature keys for the overlay engine must be unique within a layer.
import { BuildCheckError } from './fail';

/** Fails the build, naming the repeated keys, when a layer's keys are not unique. */
export function expectUniqueKeys(what: string, keys: readonly string[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const k of keys) (seen.has(k) ? repeated : seen).add(k);
  if (repeated.size)
    throw new BuildCheckError(`${what}: claves repetidas: ${[...repeated].join('; ')}`);
}

/** `bases` made unique in file order: the second «X» becomes «X (2)», the third «X (3)». */
export function numberRepeats(bases: readonly string[]): string[] {
  const count = new Map<string, number>();
  return bases.map((b) => {
    const n = (count.get(b) ?? 0) + 1;
    count.set(b, n);
    return n === 1 ? b : `${b} (${n})`;
  });
}

/** A readable key from official fields: the non-empty ones, spaces collapsed, joined by « · ». */
export const joinKey = (...parts: unknown[]): string =>
  parts
    .map((p) => (p === null || p === undefined ? '' : String(p).replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .join(' · ');
