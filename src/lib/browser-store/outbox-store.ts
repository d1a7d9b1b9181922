// The outbox in IndexedDB (its own database, so the layer store's schema stays as it is).
import type { Outgoing, OutboxStore } from '$lib/domain/model/outbox';
import { idbRun } from './idb-run';

const DB = 'atlas-dmedp-envios';
const STORE = 'pendientes';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB no disponible'));
  });
}

const run = <T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>) =>
  idbRun(open, STORE, mode, op);

export const outboxStore: OutboxStore = {
  all: () => run('readonly', (s) => s.getAll() as IDBRequest<Outgoing[]>),
  put: (entry) => run('readwrite', (s) => s.put(entry)).then(() => undefined),
  remove: (id) => run('readwrite', (s) => s.delete(id)).then(() => undefined)
};
