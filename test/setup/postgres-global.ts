// Vitest global setup: one throw-away PostgreSQL + PostGIS cluster for the whole unit run
// (scripts/pg/throwaway-cluster.ts; ATLAS_TEST_PG uses a server of one's own), with a template
// database `atlas_template` (PostGIS created) that every store test copies. Stopped at the end,
// also when tests fail.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../scripts/pg/throwaway-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the cluster's maintenance database, for CREATE DATABASE. */
    pgAdminUrl: string;
  }
}

export const TEMPLATE = 'atlas_template';

export default async function setup(project: TestProject) {
  const server = await startThrowawayPostgres();
  try {
    const admin = new URL(server.url);
    admin.pathname = '/postgres';
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
      await c.query(`CREATE DATABASE ${TEMPLATE}`);
    } finally {
      await c.end();
    }
    const template = new URL(server.url);
    template.pathname = `/${TEMPLATE}`;
    const t = new pg.Client({ connectionString: template.toString() });
    await t.connect();
    try {
      await t.query('CREATE EXTENSION IF NOT EXISTS postgis');
    } finally {
      await t.end();
    }
    project.provide('pgAdminUrl', admin.toString());
  } catch (e) {
    await server.stop();
    throw e;
  }
  return () => server.stop();
}
