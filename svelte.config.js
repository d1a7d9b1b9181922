import atlasAdapter from './scripts/precompress/atlas-adapter.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // adapter-node whose precompression (brotli + gzip siblings served by its static handler)
    // is cached by content hash: only new bytes are compressed (scripts/precompress).
    adapter: atlasAdapter(),
    // Registered by the layout after the first view is drawn (src/lib/offline/register-worker.ts).
    serviceWorker: { register: false },
    // Content Security Policy: everything comes from the app's own origin (nothing is fetched from
    // elsewhere at run time). SvelteKit adds a nonce to its inline start-up script; WebAssembly
    // (DuckDB, GEOS) needs 'wasm-unsafe-eval'; MapLibre starts its workers from blob: URLs; Svelte
    // and MapLibre set inline styles.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'wasm-unsafe-eval'],
        'worker-src': ['self', 'blob:'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self', 'data:', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none']
      }
    }
  }
};

export default config;
