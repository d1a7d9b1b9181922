// A layer title that no legend entry uses yet: «X (importada)», then «X (importada 2)»… (compared
// without case or accents, as a reader would).
import { fold } from './municipio-search';

export const titleTaken = (title: string, taken: readonly string[]): boolean =>
  taken.some((t) => fold(t) === fold(title));

export function freeTitle(title: string, taken: readonly string[]): string {
  const stem = title.trim();
  for (let n = 1; ; n++) {
    const candidate = `${stem} (importada${n > 1 ? ` ${n}` : ''})`;
    if (!titleTaken(candidate, taken)) return candidate;
  }
}
