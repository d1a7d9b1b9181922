// The district a staff page is about, or a 404 in Spanish.
import { error } from '@sveltejs/kit';
import { stores } from './store/open-store';
import type { DistrictRecord } from '../domain/model/district';
import { NotFoundError } from '../domain/errors/not-found-error';

export async function requireDistrict(id: string): Promise<DistrictRecord> {
  const d = await stores().districts.get(id);
  if (!d) error(404, NotFoundError.district(id).message);
  return d;
}
