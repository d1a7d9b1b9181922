// The team library of the store named by ATLAS_DB, opened for one command and closed after it;
// a database that cannot be opened and a refused write become the CLI's Spanish errors.
import { RuleError } from '../lib/domain/errors/rule-error';
import type { TeamLayerStore } from '../lib/domain/store/team-layer-store';
import { openStores } from '../lib/server/store/open-store';
import { CliError } from './cli-error';

export function withTeamLibrary<T>(use: (library: TeamLayerStore) => T): T {
  let stores;
  try {
    stores = openStores();
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  try {
    return use(stores.teamLayers);
  } catch (e) {
    if (e instanceof RuleError) throw new CliError(e.message);
    throw e;
  } finally {
    stores.close();
  }
}
