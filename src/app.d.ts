import type { StaffUser } from '$lib/domain/model/account';
// App-wide types (SvelteKit app.d.ts).

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
