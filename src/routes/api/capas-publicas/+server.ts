import { json } from '@sveltejs/kit';
import { publicTeamLayers } from '$lib/domain/public-team-layers';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

/** The layers staff show on the public map, each at its current version; no session needed. */
export const GET: RequestHandler = async () =>
  json(publicTeamLayers(await stores().teamLayers.list()), {
    headers: { 'Cache-Control': 'no-cache' }
  });
