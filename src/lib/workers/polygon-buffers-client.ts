// Main-thread side of the polygon buffers worker: one worker per request, ended on the reply.
type Reply = { ok: true; packed: Uint8Array[] } | { ok: false; error: string };

/** The packed PolygonBuffers of a team layer version's Arrow bytes, full and simplified (a copy
 * of the bytes is sent). */
export function packedPolygonBuffers(bytes: Uint8Array, keyField: string): Promise<Uint8Array[]> {
  const worker = new Worker(new URL('./polygon-buffers-worker.ts', import.meta.url), {
    type: 'module'
  });
  const copy = bytes.slice();
  return new Promise<Uint8Array[]>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      if (e.data.ok) resolve(e.data.packed);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) =>
      reject(new Error(e.message || 'Fallo al preparar la capa para el mapa'));
    worker.postMessage({ bytes: copy, keyField }, [copy.buffer]);
  }).finally(() => worker.terminate());
}
