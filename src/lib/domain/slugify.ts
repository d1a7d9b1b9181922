// A name as lowercase ASCII words joined by "-" (accents stripped): URL slugs and file names.

const MAX_LENGTH = 60;

export function slugify(name: string, fallback = 'distrito'): string {
  const base = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return base || fallback;
}
