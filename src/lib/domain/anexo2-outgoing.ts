// Pure rules of the anexo 2 outbox: queuing edits made offline, and splitting a refused batch into
// what conflicts (kept, with the server's value) and what can be sent again.
import type { Anexo2Edit, Anexo2Saved } from './model/anexo2';
import { anexo2OutgoingId, type Anexo2Outgoing } from './model/outbox';

/**
 * Adds `edits` to the district's queued entry. A newer edit of an aspect replaces the queued one
 * but keeps the version the first one started from (the server version the user last saw).
 */
export function queueAnexo2(
  entry: Anexo2Outgoing | undefined,
  district: string,
  edits: readonly Anexo2Edit[],
  now: Date
): Anexo2Outgoing {
  const queued = new Map((entry?.edits ?? []).map((e) => [e.aspect, e]));
  for (const e of edits) {
    const before = queued.get(e.aspect);
    queued.set(e.aspect, before ? { ...e, version: before.version } : { ...e });
  }
  const clashes = (entry?.clashes ?? []).filter(
    (c) => !edits.some((e) => e.aspect === c.mine.aspect)
  );
  return {
    kind: 'anexo2',
    id: anexo2OutgoingId(district),
    district,
    edits: [...queued.values()],
    clashes,
    error: null,
    queued_at: entry?.queued_at ?? now.toISOString()
  };
}

/**
 * After a 409: the edits whose starting version is no longer the server's latest are conflicts
 * (with the server's value); the others can be sent again as they are.
 */
export function splitConflicts(
  edits: readonly Anexo2Edit[],
  latest: readonly Anexo2Saved[]
): { clashes: { mine: Anexo2Edit; theirs: Anexo2Saved | null }[]; retry: Anexo2Edit[] } {
  const by = new Map(latest.map((s) => [s.aspect, s]));
  const clashes: { mine: Anexo2Edit; theirs: Anexo2Saved | null }[] = [];
  const retry: Anexo2Edit[] = [];
  for (const e of edits) {
    const theirs = by.get(e.aspect) ?? null;
    if (e.version !== undefined && e.version !== (theirs?.version ?? 0))
      clashes.push({ mine: e, theirs });
    else retry.push(e);
  }
  return { clashes, retry };
}
