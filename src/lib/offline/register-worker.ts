// Registers the service worker once the page's first view is drawn (the map ready, or the page
// loaded when it has none), so keeping the app for offline use never competes with the first paint.
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** Longest wait for a map that never gets ready (no WebGL, say) before registering anyway. */
const MAP_WAIT_MS = 15_000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    void navigator.serviceWorker
      .register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
      .catch(() => undefined);
  };
  const afterLoad = (fn: () => void) =>
    document.readyState === 'complete' ? fn() : addEventListener('load', fn, { once: true });
  const map = document.querySelector<HTMLElement>('[data-testid="mapa"]');
  if (!map || map.dataset.ready === 'true') return afterLoad(go);
  const seen = new MutationObserver(() => {
    if (map.dataset.ready !== 'true') return;
    seen.disconnect();
    afterLoad(go);
  });
  seen.observe(map, { attributes: true, attributeFilter: ['data-ready'] });
  afterLoad(() => setTimeout(go, MAP_WAIT_MS));
}
