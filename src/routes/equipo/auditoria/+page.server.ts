import { stores } from '$lib/server/store/open-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
  entries: await stores().audit.list(null, 500)
});
