import { error } from '@sveltejs/kit';
import { boundaryTiles, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { municipioDirectory } from '$lib/server/municipio-directory';
import { store } from '$lib/server/store/open-store';
import type { PageServerLoad } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';

export const load: PageServerLoad = ({ params }) => {
  const record = params.id === 'nuevo' ? null : store().get(params.id);
  if (params.id !== 'nuevo' && !record) error(404, NotFoundError.district(params.id).message);
  return {
    record,
    directory: municipioDirectory(),
    pdetSubregions: boundaryTiles().pdetSubregions,
    tileMaxZoom: TILE_MAX_ZOOM
  };
};
