// One app instance (the built server, `node build/index.js`, through the e2e harness) for the
// load benchmark: client addresses from X-Forwarded-For (one proxy hop), the benchmark's comment
// quota, the admin account from the environment, and the given database (a postgres:// URL; none:
// a SQLite file of its own).
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../e2e/harness';
import { ADMIN_ENV } from '../../e2e/staff-client';
import type { Instance } from './targets';

export interface AppInstance extends Instance {
  app: RunningApp;
  /** Its database: the postgres:// URL or the SQLite file. */
  db: string;
}

export async function startInstance(
  name: string,
  quota: { limit: number; windowS: number },
  pgUrl?: string
): Promise<AppInstance> {
  const app = await startApp({
    env: {
      ...ADMIN_ENV,
      ADDRESS_HEADER: 'x-forwarded-for',
      XFF_DEPTH: '1',
      ATLAS_COMMENT_RATE: `${quota.limit}/${quota.windowS}`,
      ...(pgUrl ? { ATLAS_DB: pgUrl } : {})
    }
  });
  return { name, url: app.url, app, db: pgUrl ?? join(app.dbDir, 'atlas.sqlite') };
}
