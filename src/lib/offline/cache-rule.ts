// Which requests the service worker keeps for offline use, and how: hashed app files first from the
// cache (they never change), everything else from the network with the saved copy as fallback.
// Pure: the service worker and the tests call it with a URL.

/** `immutable`: cache first; `network`: network first, saved copy offline; `page`: a visited page
 *  (HTML or its __data.json), kept by path (its query only drives the browser side). */
export type CacheRule = 'immutable' | 'network' | 'page' | null;

/** Header the service worker adds to each saved response: when it was fetched (ISO 8601). */
export const SAVED_AT_HEADER = 'x-atlas-guardado';

// Pages reopened in the field: the map, the districts, a district, its PEG follow-up.
const PAGES = [
  /^\/$/,
  /^\/distritos$/,
  /^\/distritos\/[^/]+$/,
  /^\/publicacion\/[^/]+$/,
  /^\/equipo\/seguimiento\/[^/]+$/
];
// Data the pages read: bundled layers, tiles, team layer bytes and listings, a district's anexo 2.
const DATA = [
  /^\/data\/[^/]+$/,
  /^\/tiles\/\d+\/\d+\/\d+\.pbf$/,
  /^\/api\/capas-equipo\/[^/]+\/\d+$/,
  /^\/api\/capas-publicas(\/[^/]+\/\d+)?$/,
  /^\/api\/distritos\/[^/]+(\/anexo2)?$/
];

export function cacheRule(
  method: string,
  url: URL,
  origin: string,
  shell: ReadonlySet<string>,
  base = ''
): CacheRule {
  if (method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(base)) return null;
  const path = url.pathname.slice(base.length) || '/';
  if (shell.has(url.pathname) || path.startsWith('/_app/immutable/')) return 'immutable';
  if (DATA.some((r) => r.test(path))) return 'network';
  const page = path.endsWith('/__data.json') ? path.slice(0, -'/__data.json'.length) || '/' : path;
  if (PAGES.some((r) => r.test(page))) return 'page';
  return null;
}

/** The key a page is kept under: its path (HTML) or its path plus /__data.json, without the query. */
export function pageKey(url: URL): string {
  return url.origin + url.pathname;
}
