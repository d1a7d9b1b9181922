// Browser worker: reads, unzips, decodes and reprojects an imported layer off the main thread,
// reporting progress, so a 50 MB shapefile never freezes the page.
import { ImportError, type InputFile } from '../import/import-error';
import { importLayer } from '../import/import-layer';

self.onmessage = (e: MessageEvent<InputFile[]>) => {
  let last = 0;
  importLayer(e.data, (fraction) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    self.postMessage({ kind: 'progress', fraction });
  }).then(
    (layer) => self.postMessage({ kind: 'done', layer }),
    (err: unknown) =>
      self.postMessage({
        kind: 'error',
        message: err instanceof ImportError ? err.message : `No se pudo importar: ${String(err)}`
      })
  );
};
