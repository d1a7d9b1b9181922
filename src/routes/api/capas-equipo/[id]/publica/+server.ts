import { stores } from '$lib/server/store/open-store';
import { publishTeamLayer } from '$lib/server/team-layers/publish-team-layer';
import type { RequestHandler } from './$types';

/** Shows or hides the layer on the public map (`{"publica": true|false}`); roles with `capas`. */
export const POST: RequestHandler = ({ request, locals, params }) =>
  publishTeamLayer(stores().teamLayers, request, locals.user, params.id);
