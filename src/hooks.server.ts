import type { ServerInit } from '@sveltejs/kit';
import { boundaryTiles } from '$lib/server/boundary-tiles';
import { store } from '$lib/server/store/open-store';

// At start: cut the boundary tile index so the first visitor does not wait for it, and open the
// server store (created and migrated now, so a bad ATLAS_DB path stops the start with its reason).
export const init: ServerInit = () => {
  boundaryTiles();
  store();
};
