// Tells the service worker which resources a page used before it controlled the page (the first
// visit): the page itself, what the main thread fetched, and what workers fetched (the DuckDB
// bundle, map tiles), which other code reports through `keepOffline`.
const pending = new Set<string>();
let started = false;

/** Posts a message to the controlling service worker and waits for its reply. */
export function askServiceWorker<T>(message: unknown): Promise<T | null> {
  const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
  if (!sw) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data as T);
    sw.postMessage(message, [channel.port2]);
  });
}

/** URLs fetched outside the main thread's view (workers); sent once a service worker controls. */
export function keepOffline(urls: readonly string[]): void {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  if (navigator.serviceWorker.controller && started) return; // it sees these fetches itself
  for (const u of urls) pending.add(new URL(u, location.href).href);
}

/**
 * Once a service worker controls the page, sends it everything this page fetched before that.
 * Resolves when the worker has kept them (tests wait on `data-offline-ready`).
 */
export async function startKeepingOffline(): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  const sw = navigator.serviceWorker;
  if (!sw.controller)
    await new Promise<void>((resolve) =>
      sw.addEventListener('controllerchange', () => resolve(), { once: true })
    );
  const seen = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.startsWith(location.origin));
  const urls = [location.href, ...seen, ...pending];
  pending.clear();
  started = true;
  await askServiceWorker({ type: 'guardar', urls });
  document.documentElement.dataset.offlineReady = 'true';
}
