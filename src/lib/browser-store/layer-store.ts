// Imported layers and tables kept in the browser (IndexedDB), so an analyst loads a 50 MB file once
// and finds it after a reload; and the team layer versions downloaded, by the SHA-256 of their
// bytes (a version never changes, so it downloads once). Values are stored by structured clone.
import type { UserLayer } from '$lib/state/imports.svelte';
import type { UserTable } from '$lib/state/tables.svelte';
import { idbRun } from './idb-run';

const DB = 'atlas-dmedp';
const STORES = ['capas-importadas', 'tablas-importadas', 'capas-equipo'] as const;
type StoreName = (typeof STORES)[number];

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 3);
    req.onupgradeneeded = () => {
      for (const name of STORES)
        if (!req.result.objectStoreNames.contains(name))
          req.result.createObjectStore(name, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB no disponible'));
  });
}

const run = <T>(
  store: StoreName,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>
) => idbRun(open, store, mode, op);

/** Save, remove and list the records of one store (keyed by `id`). */
function keyedStore<T extends { id: string }>(name: StoreName) {
  return {
    save: (item: T) => run(name, 'readwrite', (s) => s.put(item)).then(() => undefined),
    get: (id: string) => run(name, 'readonly', (s) => s.get(id) as IDBRequest<T | undefined>),
    remove: (id: string) => run(name, 'readwrite', (s) => s.delete(id)).then(() => undefined),
    all: () => run(name, 'readonly', (s) => s.getAll() as IDBRequest<T[]>)
  };
}

export const layerStore = keyedStore<UserLayer>('capas-importadas');
export const tableStore = keyedStore<UserTable>('tablas-importadas');

interface TeamBytes {
  id: string;
  bytes: Uint8Array;
}
// Kept as a Blob (earlier records: the array itself), so reading tens of MB neither blocks the
// page while IndexedDB deserialises them nor copies them on the main thread.
const teamRecords = keyedStore<{ id: string; blob?: Blob; bytes?: Uint8Array }>('capas-equipo');

/** A team layer version's Arrow bytes and its map buffers, keyed by their SHA-256 (hex). */
export const teamLayerCache = {
  save: ({ id, bytes }: TeamBytes) =>
    teamRecords.save({ id, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) }),
  get: async (id: string): Promise<TeamBytes | undefined> => {
    const r = await teamRecords.get(id);
    if (r?.blob) return { id, bytes: new Uint8Array(await r.blob.arrayBuffer()) };
    return r?.bytes ? { id, bytes: r.bytes } : undefined;
  }
};

export type LayerStore = typeof layerStore;
export type TeamLayerCache = typeof teamLayerCache;
export type TableStore = typeof tableStore;
