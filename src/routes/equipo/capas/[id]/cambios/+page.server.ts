import { requireRescreenView } from '$lib/server/team-layers/require-rescreen-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, depends }) => {
  depends('atlas:reanalisis');
  return requireRescreenView(params.id);
};
