import { stores } from '$lib/server/store/open-store';
import { publicTeamLayerDownload } from '$lib/server/team-layers/public-team-layer-download';
import type { RequestHandler } from './$types';

/** A public layer's current version as Arrow IPC, cached by its SHA-256 (ETag, 304). */
export const GET: RequestHandler = ({ request, params }) =>
  publicTeamLayerDownload(stores().teamLayers, request, params);
