// The <version> of a team layer route as a number: digits only, from 1; anything else is the
// store's own NotFoundError, so a route answers «no tiene versión …» with a 404.
import { NotFoundError } from '../../domain/errors/not-found-error';

export function versionParam(id: string, text: string): number {
  const n = /^[1-9]\d{0,8}$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(n))
    throw new NotFoundError(`La capa del equipo «${id}» no tiene versión «${text}».`);
  return n;
}
