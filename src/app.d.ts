// App-wide types (SvelteKit app.d.ts).
declare global {
  namespace App {}
  interface Window {
    /** ms from navigation start to the first complete map render (read by the Chromium test). */
    __atlasFirstPaint?: number;
  }
}

export {};
