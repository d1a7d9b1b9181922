import { stores } from '$lib/server/store/open-store';
import { teamLayerDownload } from '$lib/server/team-layers/team-layer-download';
import type { RequestHandler } from './$types';

/** The version's Arrow IPC stream, cached by its SHA-256 (ETag, 304). */
export const GET: RequestHandler = ({ request, locals, params }) =>
  teamLayerDownload(stores().teamLayers, request, locals.user, params);
