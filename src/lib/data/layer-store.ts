// Imported layers kept in the browser (IndexedDB), so an analyst loads a 50 MB file once and finds
// it after a reload. Values are stored by structured clone; nothing leaves the machine.
import type { UserLayer } from '$lib/state/imports.svelte';

const DB = 'atlas-dmedp';
const STORE = 'capas-importadas';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB no disponible'));
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('Error de IndexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('Transacción abortada (¿sin espacio?)'));
    });
  } finally {
    db.close();
  }
}

export const layerStore = {
  save: (layer: UserLayer) => run('readwrite', (s) => s.put(layer)).then(() => undefined),
  remove: (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined),
  all: () => run('readonly', (s) => s.getAll() as IDBRequest<UserLayer[]>)
};

export type LayerStore = typeof layerStore;
