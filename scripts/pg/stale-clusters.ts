// Folders left by throw-away clusters whose test process died without stopping them (SIGKILL):
// removed when both the owning process and the postmaster are gone. Nothing is ever killed here.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const CLUSTER_PREFIX = 'atlas-pg-';
export const OWNER_FILE = 'owner.pid';

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const firstNumber = (file: string) =>
  existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0;

/** Removes the dead clusters' folders under `root`; returns how many. */
export function removeStaleClusters(root: string): number {
  let removed = 0;
  for (const name of readdirSync(root)) {
    if (!name.startsWith(CLUSTER_PREFIX)) continue;
    const dir = join(root, name);
    try {
      const owner = join(dir, OWNER_FILE);
      // A folder still being set up has no owner file yet.
      if (!existsSync(owner) || alive(firstNumber(owner))) continue;
      if (alive(firstNumber(join(dir, 'data', 'postmaster.pid')))) continue;
      rmSync(dir, { recursive: true, force: true });
      removed++;
    } catch {
      // Another user's folder (unreadable): not ours to remove.
    }
  }
  return removed;
}
