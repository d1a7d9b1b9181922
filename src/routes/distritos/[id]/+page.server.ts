import { error } from '@sveltejs/kit';
import { boundaryTiles, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { municipioDirectory } from '$lib/server/municipio-directory';
import { store, stores } from '$lib/server/store/open-store';
import { teamLibraryView } from '$lib/server/team-layers/team-library-view';
import type { PageServerLoad } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';

export const load: PageServerLoad = async ({ params, locals }) => {
  const record = params.id === 'nuevo' ? null : await store().get(params.id);
  if (params.id !== 'nuevo' && !record) error(404, NotFoundError.district(params.id).message);
  return {
    record,
    team: await teamLibraryView(stores().teamLayers, locals.user),
    directory: municipioDirectory(),
    pdetSubregions: boundaryTiles().pdetSubregions,
    tileMaxZoom: TILE_MAX_ZOOM
  };
};
