// The re-screen view of the team layer a staff page is about (rescreen-view.ts), or a 404 in
// Spanish.
import { error } from '@sveltejs/kit';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { stores } from '../store/open-store';
import { rescreenView, type RescreenView } from './rescreen-view';

export async function requireRescreenView(id: string): Promise<RescreenView> {
  try {
    return await rescreenView(stores(), id);
  } catch (e) {
    if (e instanceof NotFoundError) error(404, e.message);
    throw e;
  }
}
