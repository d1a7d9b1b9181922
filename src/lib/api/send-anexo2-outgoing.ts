// Sends a district's queued anexo 2 answers. The server's version check decides: a refused aspect
// becomes a conflict with the server's value beside the user's; the others are sent again.
import { splitConflicts } from '$lib/domain/anexo2-outgoing';
import type { Anexo2Saved } from '$lib/domain/model/anexo2';
import type { Anexo2Outgoing } from '$lib/domain/model/outbox';
import { anexo2Put, anexo2Url, loadAnexo2 } from './anexo2-api';

export type SendOutcome =
  /** No connection (or the server is down): keep it all for later. */
  | { status: 'offline' }
  /** `entry` is what remains queued (conflicts, a refusal); `saved`, the server's latest. */
  | { status: 'sent'; entry: Anexo2Outgoing; saved: Anexo2Saved[] | null };

export async function sendAnexo2Outgoing(
  entry: Anexo2Outgoing,
  fetcher: typeof fetch = fetch
): Promise<SendOutcome> {
  if (!entry.edits.length) return { status: 'sent', entry, saved: null };
  let res: Response;
  try {
    res = await fetcher(anexo2Url(entry.district), anexo2Put(entry.edits));
  } catch {
    return { status: 'offline' };
  }
  if (res.status >= 500) return { status: 'offline' };
  if (res.ok) {
    const saved = (await res.json()) as Anexo2Saved[];
    return { status: 'sent', entry: { ...entry, edits: [], error: null }, saved };
  }
  if (res.status === 409) {
    let latest: Anexo2Saved[];
    try {
      latest = await loadAnexo2(entry.district, fetcher);
    } catch {
      return { status: 'offline' };
    }
    const { clashes, retry } = splitConflicts(entry.edits, latest);
    const next = { ...entry, edits: retry, clashes: [...entry.clashes, ...clashes] };
    // Only what still conflicts stays aside; the rest goes now (a new conflict repeats this).
    if (retry.length && clashes.length) return sendAnexo2Outgoing(next, fetcher);
    return { status: 'sent', entry: next, saved: latest };
  }
  const reply = (await res.json().catch(() => ({}))) as { error?: string };
  const error = reply.error ?? `El servidor rechazó las respuestas (${res.status}).`;
  return { status: 'sent', entry: { ...entry, error }, saved: null };
}
