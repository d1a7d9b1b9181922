import { requireRescreenView } from '$lib/server/team-layers/require-rescreen-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, depends }) => {
  depends('atlas:reanalisis');
  return await requireRescreenView(params.id);
};
