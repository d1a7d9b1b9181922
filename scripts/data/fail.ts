// Build checks: a failed expectation stops the build with a readable message.
export class BuildCheckError extends Error {}

export function expectEqual<T>(what: string, actual: T, expected: T): void {
  if (actual !== expected) {
    throw new BuildCheckError(
      `${what}: se esperaba ${String(expected)}, se obtuvo ${String(actual)}`
    );
  }
}

export function expectThat(what: string, ok: boolean): void {
  if (!ok) throw new BuildCheckError(what);
}

export { DANE_CODE } from '../../src/lib/domain/dane-code';
