// The page's one outbox (browser only): IndexedDB-backed, shared by the layout's status line and
// the panels that queue writes.
import { outboxStore } from '$lib/browser-store/outbox-store';
import { sendAnexo2Outgoing } from '$lib/api/send-anexo2-outgoing';
import { Outbox } from './outbox.svelte';

let outbox: Outbox | null = null;

export function fieldOutbox(): Outbox {
  outbox ??= new Outbox(outboxStore, (e) => sendAnexo2Outgoing(e));
  return outbox;
}
