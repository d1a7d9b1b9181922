// The HTTP status of an error a store raised on purpose (its message is Spanish, for the user):
// a missing record 404, a stale version 409, a refused rule of the guide 422, a database that
// cannot be reached 503. Null for anything
// else, which the caller rethrows so a real fault is never shown as a form message.
import { NotFoundError } from '../domain/errors/not-found-error';
import { RuleError } from '../domain/errors/rule-error';
import { StoreUnavailableError } from '../domain/errors/store-unavailable-error';
import { VersionConflictError } from '../domain/errors/version-conflict-error';

export type StoreErrorStatus = 404 | 409 | 422 | 503;

export function storeErrorStatus(e: unknown): StoreErrorStatus | null {
  if (e instanceof NotFoundError) return 404;
  if (e instanceof VersionConflictError) return 409;
  if (e instanceof RuleError) return 422;
  if (e instanceof StoreUnavailableError) return 503;
  return null;
}
