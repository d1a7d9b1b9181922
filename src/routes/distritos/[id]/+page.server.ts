import { error } from '@sveltejs/kit';
import { boundaryTiles, TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { municipioDirectory } from '$lib/server/municipio-directory';
import { store } from '$lib/server/store/open-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const record = params.id === 'nuevo' ? null : store().get(params.id);
  if (params.id !== 'nuevo' && !record) error(404, `No existe el distrito «${params.id}».`);
  return {
    record,
    directory: municipioDirectory(),
    pdetSubregions: boundaryTiles().pdetSubregions,
    tileMaxZoom: TILE_MAX_ZOOM
  };
};
