// App-wide types (SvelteKit app.d.ts).
import type { StaffUser } from '$lib/server/store/publication-types';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in staff account (null for the public). */
      user: StaffUser | null;
    }
  }
  interface Window {
    /** ms from navigation start to the first complete map render (read by the Chromium test). */
    __atlasFirstPaint?: number;
  }
}

export {};
