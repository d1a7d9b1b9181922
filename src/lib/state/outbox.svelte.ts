// Writes made without connection (issue 22): queued in the browser, shown as pending, sent when the
// connection returns (an `online` event or the next page load); a conflict the server's version
// check finds is kept with both values until the user decides.
/* eslint-disable svelte/prefer-svelte-reactivity -- listeners and timestamps, never state */
import { queueAnexo2 } from '$lib/domain/anexo2-outgoing';
import type { Anexo2Edit, Anexo2Saved } from '$lib/domain/model/anexo2';
import { anexo2OutgoingId, type Anexo2Outgoing, type OutboxStore } from '$lib/domain/model/outbox';
import type { SendOutcome } from '$lib/api/send-anexo2-outgoing';

type Sender = (entry: Anexo2Outgoing) => Promise<SendOutcome>;
type Listener = (district: string, saved: Anexo2Saved[], sent: number) => void;

export class Outbox {
  entries: Anexo2Outgoing[] = $state.raw([]);
  sending = $state(false);
  #listeners = new Set<Listener>();

  constructor(
    private readonly store: OutboxStore,
    private readonly send: Sender
  ) {}

  /** Edits waiting to be sent (conflicts apart). */
  get pending(): number {
    return this.entries.reduce((n, e) => n + e.edits.length, 0);
  }

  get conflicts(): number {
    return this.entries.reduce((n, e) => n + e.clashes.length, 0);
  }

  entry(district: string): Anexo2Outgoing | undefined {
    return this.entries.find((e) => e.id === anexo2OutgoingId(district));
  }

  /** Called with the server's latest versions whenever a district's answers were sent. */
  onSent(fn: Listener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  async load(): Promise<void> {
    this.entries = await this.store.all();
  }

  async queueAnexo2(district: string, edits: readonly Anexo2Edit[]): Promise<void> {
    await this.#put(queueAnexo2(this.entry(district), district, edits, new Date()));
  }

  /** Sends every entry with edits; stops at the first network failure (still offline). */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      await this.load();
      for (const entry of this.entries.filter((e) => e.edits.length)) {
        const outcome = await this.send(entry);
        if (outcome.status === 'offline') break;
        const sent =
          entry.edits.length -
          outcome.entry.edits.length -
          outcome.entry.clashes.length +
          entry.clashes.length;
        if (outcome.entry.edits.length || outcome.entry.clashes.length || outcome.entry.error)
          await this.#put(outcome.entry);
        else await this.#remove(entry.id);
        if (outcome.saved)
          for (const fn of this.#listeners) fn(entry.district, outcome.saved, sent);
      }
    } finally {
      this.sending = false;
    }
  }

  /**
   * The user's decision on a conflict: keep the server's value (theirs is dropped from the queue)
   * or send theirs over it, now knowingly based on the server's latest version.
   */
  async resolve(district: string, aspect: string, keep: 'servidor' | 'mia'): Promise<void> {
    const entry = this.entry(district);
    const clash = entry?.clashes.find((c) => c.mine.aspect === aspect);
    if (!entry || !clash) return;
    const clashes = entry.clashes.filter((c) => c !== clash);
    const edits =
      keep === 'mia'
        ? [...entry.edits, { ...clash.mine, version: clash.theirs?.version ?? 0 }]
        : entry.edits;
    if (!edits.length && !clashes.length) await this.#remove(entry.id);
    else await this.#put({ ...entry, edits, clashes, error: null });
    if (keep === 'mia') await this.flush();
  }

  /** Sends on every `online` event and once now; returns the cleanup. */
  watch(target: Window): () => void {
    const flush = () => void this.flush();
    target.addEventListener('online', flush);
    flush();
    return () => target.removeEventListener('online', flush);
  }

  async #put(entry: Anexo2Outgoing): Promise<void> {
    await this.store.put($state.snapshot(entry) as Anexo2Outgoing);
    this.entries = [...this.entries.filter((e) => e.id !== entry.id), entry];
  }

  async #remove(id: string): Promise<void> {
    await this.store.remove(id);
    this.entries = this.entries.filter((e) => e.id !== id);
  }
}
