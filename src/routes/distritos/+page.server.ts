import { store } from '$lib/server/store/open-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ districts: await store().list() });
