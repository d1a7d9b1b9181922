// A throw-away PostgreSQL 15 + PostGIS for tests and scripts: a fresh cluster in a temporary folder,
// on a free loopback port (127.0.0.1 only, password auth), with a database `atlas` where
// `CREATE EXTENSION postgis` has run. stop() shuts the server down and removes the folder;
// restart() stops it and starts it again on the same folder and port (a fault for the load
// benchmark). When ATLAS_TEST_PG (a postgres:// URL) is set, that server is used instead and
// nothing is started (nor restarted).
//
//   let pg: ThrowawayPostgres;
//   beforeAll(async () => { pg = await startThrowawayPostgres(); });
//   afterAll(() => pg?.stop());
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { clusterUser, type ClusterUser } from './cluster-user';
import { runPg, spawnPg, stopPg, whenReady, type PgProcess } from './pg-process';
import { CLUSTER_PREFIX, OWNER_FILE, removeStaleClusters } from './stale-clusters';

export interface ThrowawayPostgres {
  /** postgres://atlas:<password>@127.0.0.1:<port>/atlas */
  url: string;
  /** Whether this process started the server (false with ATLAS_TEST_PG). */
  own: boolean;
  stop(): Promise<void>;
  /**
   * Fast shutdown, then `whileDown` (if any) while no server listens, then the server again on the
   * same data and port; resolves when it accepts connections.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
}

const SUPERUSER = 'atlas';
const DATABASE = 'atlas';
const READY_MS = 30_000;
const PORT_ATTEMPTS = 3;
// Loopback only; durability off (a throw-away cluster: faster, and a crash loses nothing of value).
const SETTINGS = [
  'listen_addresses=127.0.0.1',
  'lc_messages=C',
  'logging_collector=off',
  'fsync=off',
  'full_page_writes=off',
  'synchronous_commit=off'
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('puerto'))
      );
    });
  });
}

function ownedDir(path: string, user: ClusterUser | null): string {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (user) chownSync(path, user.uid, user.gid);
  return path;
}

async function initCluster(root: string, user: ClusterUser | null, password: string) {
  const data = join(root, 'data');
  const pwfile = join(root, 'pwfile');
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  await runPg(
    'initdb',
    [
      ...['-D', data, '-U', SUPERUSER, `--pwfile=${pwfile}`],
      ...['--auth-local=trust', '--auth-host=scram-sha-256'],
      ...['--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']
    ],
    user
  );
  rmSync(pwfile);
  return data;
}

/** postgres on `port`, once it accepts connections. */
async function launch(root: string, data: string, user: ClusterUser | null, port: number) {
  const sockets = ownedDir(join(root, 'sockets'), user);
  const args = ['-D', data, '-p', String(port), '-k', sockets];
  for (const setting of SETTINGS) args.push('-c', setting);
  const server = spawnPg('postgres', args, user);
  try {
    await whenReady(server, READY_MS);
    return server;
  } catch (e) {
    await stopPg(server.child);
    throw e;
  }
}

/** The server on a free port; a port taken between choosing and binding is retried. */
async function startServer(root: string, data: string, user: ClusterUser | null) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return { server: await launch(root, data, user, port), port };
    } catch (e) {
      // whenReady's message carries the server's output.
      const taken = /could not bind|already in use/i.test(String((e as Error).message));
      if (attempt >= PORT_ATTEMPTS || !taken) throw e;
    }
  }
}

async function withClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(base: string) {
  await withClient(`${base}/postgres`, (c) => c.query(`CREATE DATABASE ${DATABASE}`));
  await withClient(`${base}/${DATABASE}`, (c) => c.query('CREATE EXTENSION postgis'));
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const external = process.env.ATLAS_TEST_PG;
  if (external)
    return {
      url: external,
      own: false,
      stop: async () => {},
      restart: () => Promise.reject(new Error('ATLAS_TEST_PG: un servidor externo no se reinicia.'))
    };
  removeStaleClusters(tmpdir());
  const user = clusterUser();
  const root = mkdtempSync(join(tmpdir(), CLUSTER_PREFIX));
  writeFileSync(join(root, OWNER_FILE), `${process.pid}\n`);
  chmodSync(root, 0o700);
  if (user) chownSync(root, user.uid, user.gid);
  let server: PgProcess | null = null;
  // Last resort when the process exits without stop() (an uncaught error): no folder is left.
  const onExit = () => {
    server?.child.kill('SIGQUIT');
    rmSync(root, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  const stop = async () => {
    if (server) await stopPg(server.child);
    server = null;
    rmSync(root, { recursive: true, force: true });
    process.off('exit', onExit);
  };
  try {
    const password = randomBytes(18).toString('base64url');
    const data = await initCluster(root, user, password);
    const started = await startServer(root, data, user);
    server = started.server;
    const base = `postgres://${SUPERUSER}:${password}@127.0.0.1:${started.port}`;
    await createDatabase(base);
    const restart = async (whileDown?: () => Promise<void>) => {
      if (!server) throw new Error('El PostgreSQL temporal ya se detuvo.');
      await stopPg(server.child);
      server = null;
      try {
        await whileDown?.();
      } finally {
        server = await launch(root, data, user, started.port);
      }
    };
    return { url: `${base}/${DATABASE}`, own: true, stop, restart };
  } catch (e) {
    await stop();
    throw e;
  }
}
