import type { StaffUser } from '$lib/domain/model/account';
import type { PublicPeriod } from '$lib/domain/model/publication';
// App-wide types (SvelteKit app.d.ts).

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Publication periods scheduled or open (the public page of a district not in publication). */
      periods?: PublicPeriod[];
    }
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
