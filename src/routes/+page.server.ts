import { boundaryTiles, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { stores } from '$lib/server/store/open-store';
import { teamLibraryView } from '$lib/server/team-layers/team-library-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  pdetSubregions: boundaryTiles().pdetSubregions,
  tileMaxZoom: TILE_MAX_ZOOM,
  team: await teamLibraryView(stores().teamLayers, locals.user)
});
