// The distinct well-formed DANE codes of a request as a SQL list ('05736', '05604'), or null when
// none is left: only 5-digit codes ever reach the SQL text.
import { DANE_CODE } from '../domain/dane-code';

export function codeList(codes: readonly string[]): string | null {
  const list = [...new Set(codes)].filter((c) => DANE_CODE.test(c)).map((c) => `'${c}'`);
  return list.length ? list.join(', ') : null;
}
