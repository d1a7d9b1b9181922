// A fresh database with PostGIS on the throw-away cluster, for the benchmark alone; its URL.
import pg from 'pg';

async function run(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Nombre de base no válido: ${name}`);
  const admin = new URL(clusterUrl);
  admin.pathname = '/postgres';
  await run(admin.toString(), `CREATE DATABASE ${name}`);
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  await run(url.toString(), 'CREATE EXTENSION IF NOT EXISTS postgis');
  return url.toString();
}
