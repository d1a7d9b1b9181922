// One IndexedDB request in its own transaction: the database opened for it and closed after,
// the result once the transaction has committed, its error (or abort: often a full disk) as a
// Spanish Error.
export async function idbRun<T>(
  open: () => Promise<IDBDatabase>,
  store: string,
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const req = op(tx.objectStore(store));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('Error de IndexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('Transacción abortada (¿sin espacio?)'));
    });
  } finally {
    db.close();
  }
}
