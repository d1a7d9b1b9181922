// Main-thread side of an import: the user's File objects go to a fresh import worker (their bytes
// are transferred, not copied) and come back as one layer in WGS84, or a Spanish error message.
import type { ImportedLayer } from '../import/imported-layer';

type Reply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; layer: ImportedLayer }
  | { kind: 'error'; message: string };

export async function importFiles(
  files: File[],
  onProgress: (fraction: number) => void
): Promise<ImportedLayer> {
  const inputs = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
  );
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportedLayer>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Reply>) => {
        if (e.data.kind === 'progress') onProgress(e.data.fraction);
        else if (e.data.kind === 'done') resolve(e.data.layer);
        else reject(new Error(e.data.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'Fallo del lector de capas'));
      worker.postMessage(
        inputs,
        inputs.map((i) => i.bytes.buffer as ArrayBuffer)
      );
    });
  } finally {
    worker.terminate();
  }
}
