// The stores of the database named by ATLAS_DB (team library, districts), opened for one command
// and closed after it; a database that cannot be opened and a refused write become the CLI's
// Spanish errors.
import { NotFoundError } from '../lib/domain/errors/not-found-error';
import { RuleError } from '../lib/domain/errors/rule-error';
import type { Stores } from '../lib/domain/store/stores';
import type { TeamLayerStore } from '../lib/domain/store/team-layer-store';
import { existsSync } from 'node:fs';
import { isPostgresUrl, openStores, storePath } from '../lib/server/store/open-store';
import { CliError } from './cli-error';

async function openForCli(): Promise<Stores> {
  try {
    return await openStores();
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

const cliError = (e: unknown) =>
  e instanceof RuleError || e instanceof NotFoundError ? new CliError(e.message) : e;

/** The stores for one piece of work; they close when it settles. */
export async function withStores<T>(use: (stores: Stores) => Promise<T>): Promise<T> {
  const stores = await openForCli();
  try {
    return await use(stores);
  } catch (e) {
    throw cliError(e);
  } finally {
    await stores.close();
  }
}

/** Refuses to look up team layer `id` when ATLAS_DB names no existing database (opening one
 * would create it). */
export function requireLibraryFile(id: string): void {
  const file = storePath();
  if (file !== ':memory:' && !isPostgresUrl(file) && !existsSync(file))
    throw new CliError(
      `No existe la capa del equipo «${id}»: no hay biblioteca en ${file} (ATLAS_DB).`
    );
}

export const withTeamLibrary = <T>(use: (library: TeamLayerStore) => Promise<T>): Promise<T> =>
  withStores((s) => use(s.teamLayers));
