import type { ServerInit } from '@sveltejs/kit';
import { boundaryTiles } from '$lib/server/boundary-tiles';

// Cut the boundary tile index at start so the first visitor does not wait for it.
export const init: ServerInit = () => {
  boundaryTiles();
};
