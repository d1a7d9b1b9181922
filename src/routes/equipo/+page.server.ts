import { periodState } from '$lib/domain/publication-period';
import { stores } from '$lib/server/store/open-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const s = stores();
  const now = new Date();
  const list = await s.districts.list();
  return {
    districts: await Promise.all(
      list.map(async (d) => {
        const p = await s.publications.get(d.id);
        const comments = p ? await s.comments.all(d.id) : [];
        return {
          id: d.id,
          name: d.name,
          municipios: d.municipio_count,
          state: p ? periodState(p, now) : null,
          closes_at: p?.closes_at ?? null,
          pending: comments.filter((c) => c.status === 'pendiente').length,
          total: comments.length
        };
      })
    )
  };
};
