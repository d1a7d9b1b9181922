// A store's refusal as a JSON API error (`{error}` with 404, 409 or 422, store-error-status.ts);
// anything else is rethrown, so a real fault is never shown as a refusal.
import { apiError } from './json-api';
import { storeErrorStatus } from './store-error-status';

export function storeApiError(e: unknown): Response {
  const status = storeErrorStatus(e);
  if (status === null) throw e;
  return apiError(status, (e as Error).message);
}
