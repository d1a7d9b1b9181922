// URL slug of a district from its name: accents stripped, lowercase ASCII words joined by "-",
// unique by suffix (-2, -3…).

const MAX_LENGTH = 60;
// Slugs that would shadow fixed pages under /distritos.
const RESERVED = new Set(['nuevo']);

export function slugify(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return base || 'distrito';
}

/** The slug of `name`, or the first of slug-2, slug-3… for which `taken` is false. */
export function uniqueSlug(name: string, taken: (slug: string) => boolean): string {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; taken(slug) || RESERVED.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
