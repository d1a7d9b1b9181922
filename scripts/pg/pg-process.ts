// Starting PostgreSQL's programs as the cluster's account: through util-linux `setpriv`, which also
// sets a parent-death signal so that the server goes down with the process that started it even
// when that one is killed (SIGKILL); plain spawn with uid/gid where setpriv is missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterUser } from './cluster-user';

export const PG_BIN = process.env.ATLAS_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SETPRIV = '/usr/bin/setpriv';
const TAIL = 8_000;

export interface PgProcess {
  child: ChildProcess;
  /** The last few kB of stdout and stderr, for error messages. */
  output(): string;
}

export function spawnPg(program: string, args: string[], user: ClusterUser | null): PgProcess {
  const bin = join(PG_BIN, program);
  if (!existsSync(bin))
    throw new Error(`No está ${bin}: instale PostgreSQL 15 (bash scripts/ensure-postgis.sh).`);
  const env = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' };
  const viaSetpriv = existsSync(SETPRIV);
  const ids = !viaSetpriv && user ? { uid: user.uid, gid: user.gid } : {};
  const command = viaSetpriv ? SETPRIV : bin;
  const argv = viaSetpriv
    ? [
        ...(user ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--init-groups'] : []),
        ...['--pdeathsig=SIGQUIT', bin, ...args]
      ]
    : args;
  const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => tail };
}

/** Runs a program to its end; rejects with its output when it fails. */
export function runPg(program: string, args: string[], user: ClusterUser | null): Promise<void> {
  const p = spawnPg(program, args, user);
  return new Promise((resolve, reject) => {
    p.child.on('error', reject);
    p.child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${program} terminó con ${signal ?? code}:\n${p.output()}`))
    );
  });
}

/**
 * Resolves when the server logs that it accepts connections; rejects when it exits first (the
 * reason in the message) or when `timeoutMs` passes.
 */
export function whenReady(p: PgProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      p.child.stderr?.off('data', onData);
      p.child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onData = () => {
      if (p.output().includes('database system is ready to accept connections')) done();
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`postgres terminó al arrancar (${signal ?? code}):\n${p.output()}`));
    const timer = setTimeout(
      () => done(new Error(`postgres no estuvo listo en ${timeoutMs} ms:\n${p.output()}`)),
      timeoutMs
    );
    p.child.stderr?.on('data', onData);
    p.child.on('exit', onExit);
  });
}

/** Asks the server to stop (fast shutdown, then SIGKILL) and waits for it to exit. */
export function stopPg(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}
