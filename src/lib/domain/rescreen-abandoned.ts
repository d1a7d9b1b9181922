// Which unfinished re-screen runs a starting server may mark interrupted (several instances can
// share one PostgreSQL): a run belongs to the process that queued it (its owner id, random per
// process, `<instance>#<token>` when the instance has a stable name) and that process refreshes
// its heartbeat while it works. A run is abandoned when its heartbeat is older than the threshold,
// when it has no owner or heartbeat (queued before migration 11), or when its owner is an earlier
// process of this same named instance (it crashed: no need to wait). This process's runs never are.

export interface AbandonRule {
  /** This process's owner id. */
  self: string;
  /** ISO instant: a heartbeat before it means the owner stopped. */
  staleBefore: string;
  /** This instance's stable name (ATLAS_INSTANCE), null when it has none. */
  instance: string | null;
}

export interface RunLiveness {
  owner: string | null;
  heartbeat_at: string | null;
}

/** The owner id of a process: `<instance>#<token>`, or the token alone for an unnamed instance. */
export const runOwner = (instance: string | null, token: string): string =>
  instance ? `${instance}#${token}` : token;

export function isAbandoned(run: RunLiveness, rule: AbandonRule): boolean {
  if (run.owner === rule.self) return false;
  if (run.owner === null || run.heartbeat_at === null) return true;
  if (rule.instance && run.owner.startsWith(`${rule.instance}#`)) return true;
  return Date.parse(run.heartbeat_at) < Date.parse(rule.staleBefore);
}
