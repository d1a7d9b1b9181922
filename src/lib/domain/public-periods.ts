// The publication periods a citizen can still take part in (scheduled or open), soonest first:
// what the public page of a district not in publication offers instead.
import type { Publication, PublicPeriod } from './model/publication';
import { periodState } from './publication-period';

export function publicPeriods(all: readonly Publication[], now: Date): PublicPeriod[] {
  return all
    .flatMap((p) => {
      const state = periodState(p, now);
      return state === 'cerrado'
        ? []
        : [
            {
              district_id: p.district_id,
              name: p.name,
              opens_at: p.opens_at,
              closes_at: p.closes_at,
              state
            }
          ];
    })
    .sort((a, b) => Date.parse(a.opens_at) - Date.parse(b.opens_at));
}
