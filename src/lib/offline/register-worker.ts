// Registers the service worker (SvelteKit's own registration is off: svelte.config.js).
import { dev } from '$app/environment';
import { base } from '$app/paths';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker
    .register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
    .catch(() => undefined);
}
