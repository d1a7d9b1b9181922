// The district a staff page is about, or a 404 in Spanish.
import { error } from '@sveltejs/kit';
import { stores } from './store/open-store';
import type { DistrictRecord } from '../domain/model/district';

export function requireDistrict(id: string): DistrictRecord {
  const d = stores().districts.get(id);
  if (!d) error(404, `No existe el distrito «${id}».`);
  return d;
}
