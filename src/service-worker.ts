/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline in the field (issue 22): the app shell is kept on install; the DuckDB engine (the one
// bundle the browser picks), the bundled layers, tiles, team layer bytes and the pages a user opened
// are kept as they are fetched, each with the time it was fetched. Writes are never intercepted.
import { base, build, files, version } from '$service-worker';
import { cacheRule, pageKey, SAVED_AT_HEADER } from '$lib/offline/cache-rule';
import { offlinePage } from '$lib/offline/offline-page';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `atlas-shell-${version}`;
const RUNTIME = `atlas-datos-${version}`;
// The analysis engine is kept on first use, not on install: DuckDB ships two ≈35 MB engines (only
// the one the browser selects is kept), and a page that never starts the engine (the home map's
// first view, the public page) must not download its workers either.
const ENGINE = /\/(duckdb[^/]*\.(wasm|js)|overlay-worker-[^/]*\.js)$/;
const shellFiles = [...build, ...files].filter((f) => !ENGINE.test(f));
const shell = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(SHELL)).addAll(shellFiles);
      await sw.skipWaiting();
    })()
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key !== SHELL && key !== RUNTIME) await caches.delete(key);
      await sw.clients.claim();
    })()
  );
});

/** A copy of `res` stamped with its fetch time (body already decoded: no encoding headers). */
async function stamped(res: Response): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  const body = [101, 204, 205, 304].includes(res.status) ? null : await res.blob();
  return new Response(body, {
    status: res.status,
    statusText: res.statusText,
    headers
  });
}

const keepable = (res: Response) => res.ok && res.status !== 206 && res.type === 'basic';

async function keep(key: string, res: Response): Promise<void> {
  if (keepable(res)) await (await caches.open(RUNTIME)).put(key, await stamped(res));
}

async function cacheFirst(request: Request): Promise<Response> {
  const hit = await caches.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (keepable(res)) await (await caches.open(SHELL)).put(request, res.clone());
  return res;
}

async function networkFirst(event: FetchEvent, key: string, navigate: boolean): Promise<Response> {
  try {
    const res = await fetch(event.request);
    event.waitUntil(keep(key, res.clone()));
    return res;
  } catch (e) {
    const hit = await caches.match(key, { cacheName: RUNTIME });
    if (hit) return hit;
    if (navigate) return offlinePage();
    throw e;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Signing out forgets the pages and listings kept for the staff session.
  if (request.method === 'POST' && url.pathname === `${base}/equipo/salir`) {
    event.waitUntil(forgetPages());
    return;
  }
  const rule = cacheRule(request.method, url, sw.location.origin, shell, base);
  if (!rule) return;
  if (rule === 'immutable') event.respondWith(cacheFirst(request));
  else {
    const key = rule === 'page' ? pageKey(url) : url.href;
    event.respondWith(networkFirst(event, key, request.mode === 'navigate'));
  }
});

async function forgetPages(): Promise<void> {
  const cache = await caches.open(RUNTIME);
  for (const req of await cache.keys()) {
    const path = new URL(req.url).pathname.slice(base.length);
    if (!path.startsWith('/data/') && !path.startsWith('/tiles/')) await cache.delete(req);
  }
}

/** The resources a page used before this worker controlled it: kept now (mostly from HTTP cache). */
async function keepUrls(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(RUNTIME);
  for (const href of urls) {
    const url = new URL(href, sw.location.origin);
    const rule = cacheRule('GET', url, sw.location.origin, shell, base);
    if (!rule) continue;
    if (rule === 'immutable') {
      if (!(await caches.match(url.href)))
        await cacheFirst(new Request(url.href)).catch(() => null);
      continue;
    }
    const key = rule === 'page' ? pageKey(url) : url.href;
    if (await cache.match(key)) continue;
    const res = await fetch(url.href, { credentials: 'same-origin' }).catch(() => null);
    if (res) await keep(key, res).catch(() => undefined);
  }
}

/** Oldest and newest fetch times of the saved data (layers, tiles, team layers, pages). */
async function savedRange(): Promise<{ oldest: string | null; newest: string | null }> {
  const cache = await caches.open(RUNTIME);
  const times: string[] = [];
  for (const req of await cache.keys()) {
    if (new URL(req.url).pathname.slice(base.length).startsWith('/tiles/')) continue;
    const at = (await cache.match(req))?.headers.get(SAVED_AT_HEADER);
    if (at) times.push(at);
  }
  times.sort();
  return { oldest: times[0] ?? null, newest: times.at(-1) ?? null };
}

sw.addEventListener('message', (event) => {
  const msg = event.data as { type?: string; urls?: string[] } | null;
  const port = event.ports[0];
  if (msg?.type === 'guardar' && Array.isArray(msg.urls))
    event.waitUntil(keepUrls(msg.urls).then(() => port?.postMessage({ ok: true })));
  else if (msg?.type === 'fecha-datos')
    event.waitUntil(savedRange().then((r) => port?.postMessage(r)));
});
