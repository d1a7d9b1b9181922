import { stores } from '$lib/server/store/open-store';
import { retireTeamLayer } from '$lib/server/team-layers/retire-team-layer';
import type { RequestHandler } from './$types';

/** Retires a version (it stays readable); roles that may import. */
export const POST: RequestHandler = ({ locals, params }) =>
  retireTeamLayer(stores().teamLayers, locals.user, params);
