// Main-thread side of an import: the user's File objects go to a fresh import worker (their bytes
// are transferred, not copied) and come back as one layer in WGS84, or an ImportFailure with a
// Spanish message. `crs` (EPSG) is the system the user chose for a shapefile without .prj.
import type { ImportedLayer } from '../import/imported-layer';
import { ImportFailure } from './import-failure';
import type { ImportRequest } from './import-worker';

type Reply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; layer: ImportedLayer }
  | { kind: 'error'; message: string; needsCrs: boolean };

export async function importFiles(
  files: File[],
  onProgress: (fraction: number) => void,
  crs?: number
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
        else reject(new ImportFailure(e.data.message, e.data.needsCrs));
      };
      worker.onerror = (e) =>
        reject(new ImportFailure(e.message || 'Fallo del lector de capas', false));
      const request: ImportRequest = { files: inputs, ...(crs ? { crs } : {}) };
      worker.postMessage(
        request,
        inputs.map((i) => i.bytes.buffer as ArrayBuffer)
      );
    });
  } finally {
    worker.terminate();
  }
}
