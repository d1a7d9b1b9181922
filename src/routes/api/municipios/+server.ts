// The bundled municipios' names, departments and bounds (the public map's search loads it when
// the search box is first used, so the map's first view does not carry it).
import { json } from '@sveltejs/kit';
import { municipioDirectory } from '$lib/server/municipio-directory';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
  json(municipioDirectory(), { headers: { 'cache-control': 'public, max-age=3600' } });
