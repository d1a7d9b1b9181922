import { json } from '@sveltejs/kit';
import { apiStaff } from '$lib/server/auth/api-staff';
import { stores } from '$lib/server/store/open-store';
import { receiveTeamLayer } from '$lib/server/team-layers/receive-team-layer';
import { rescreenJobs } from '$lib/server/team-layers/rescreen-jobs';
import type { RequestHandler } from './$types';

/** The team library for staff: every layer with its versions (provenance, retired), no bytes. */
export const GET: RequestHandler = async ({ locals }) => {
  const staff = apiStaff(locals.user);
  return staff.ok ? json(await stores().teamLayers.list()) : staff.response;
};

/** A new version of a layer (multipart upload; roles that may import); from version 2 on, the
 * saved districts are re-screened in the background. */
export const POST: RequestHandler = ({ request, locals }) =>
  receiveTeamLayer(stores().teamLayers, request, locals.user, (v) => rescreenJobs().afterUpload(v));
