// URL slug of a district from its name: accents stripped, lowercase ASCII words joined by "-",
// unique by suffix (-2, -3…).
import { slugify } from '../../domain/slugify';

// Slugs that would shadow fixed pages under /distritos.
const RESERVED = new Set(['nuevo']);

/** The slug of `name`, or the first of slug-2, slug-3… for which `taken` is false. */
export function uniqueSlug(name: string, taken: (slug: string) => boolean): string {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; taken(slug) || RESERVED.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
