// The Spanish error for a PostgreSQL database that cannot be opened (connected to and migrated):
// it names the server and database, never the password; an unreachable server stays a
// StoreUnavailableError (the next try may succeed).
import { StoreUnavailableError } from '../../../domain/errors/store-unavailable-error';
import { isUnavailable } from './pg-database';
import { pgPlace, type PgPlace } from './pg-place';

const code = (e: unknown) => String((e as { code?: unknown } | null)?.code ?? '');

// Spanish reason for the usual ways a PostgreSQL database cannot be opened.
function reason(e: unknown, at: PgPlace): string {
  const inner = e instanceof StoreUnavailableError ? e.cause : e;
  switch (code(inner)) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `no se encuentra el servidor «${at.server.replace(/:\d+$/, '')}»`;
    case '28P01':
    case '28000':
      return 'el servidor rechazó el usuario o la contraseña';
    case '3D000':
      return `la base «${at.database}» no existe en el servidor`;
    case '42501':
      return 'el usuario no tiene permiso para crear o cambiar las tablas';
  }
  if (isUnavailable(inner))
    return 'no se pudo conectar con el servidor (¿está en marcha y acepta conexiones en esa dirección?)';
  return at.hide(inner instanceof Error ? inner.message : String(inner));
}

export function pgOpenError(url: string, e: unknown): Error {
  const at = pgPlace(url);
  const message = `No se pudo abrir la base de datos PostgreSQL «${at.database}» en ${at.server}: ${reason(e, at)}.`;
  if (isUnavailable(e instanceof StoreUnavailableError ? e.cause : e)) {
    const err = new StoreUnavailableError(e);
    err.message = message;
    return err;
  }
  return new Error(message, { cause: e });
}
