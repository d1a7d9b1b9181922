// Who runs a throw-away PostgreSQL: PostgreSQL refuses to run as root, so root hands it to the
// `postgres` account (created by Debian's package) or, when absent, to a system account `atlas-pg`.
// Any other user runs it as itself.
import { execFileSync } from 'node:child_process';

export interface ClusterUser {
  name: string;
  uid: number;
  gid: number;
}

const FALLBACK = 'atlas-pg';

function lookup(name: string): ClusterUser | null {
  try {
    const id = (flag: string) =>
      Number(
        execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      );
    return { name, uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/** The account for initdb and postgres; null when the current user is not root (runs as itself). */
export function clusterUser(): ClusterUser | null {
  if (process.getuid?.() !== 0) return null;
  const existing = lookup('postgres') ?? lookup(FALLBACK);
  if (existing) return existing;
  execFileSync('useradd', [
    '--system',
    '--no-create-home',
    '--home-dir',
    '/nonexistent',
    '--shell',
    '/usr/sbin/nologin',
    FALLBACK
  ]);
  const created = lookup(FALLBACK);
  if (!created) throw new Error(`No se pudo crear la cuenta ${FALLBACK} para PostgreSQL.`);
  return created;
}
