// Browser worker: reads, unzips, decodes and reprojects an imported layer off the main thread,
// reporting progress, so a 50 MB shapefile never freezes the page. `crs` is the EPSG code the
// user chose for a shapefile without .prj.
import { CrsMissingError } from '../import/crs-missing-error';
import { ImportError, type InputFile } from '../import/import-error';
import { importLayer } from '../import/import-layer';
import { SUPPORTED_CRS } from '../import/supported-crs';

export interface ImportRequest {
  files: InputFile[];
  crs?: number;
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  let last = 0;
  const crs = SUPPORTED_CRS.find((c) => c.epsg === e.data.crs);
  const onProgress = (fraction: number) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    self.postMessage({ kind: 'progress', fraction });
  };
  importLayer(e.data.files, onProgress, crs ? { crs } : {}).then(
    (layer) => self.postMessage({ kind: 'done', layer }),
    (err: unknown) =>
      self.postMessage({
        kind: 'error',
        message: err instanceof ImportError ? err.message : `No se pudo importar: ${String(err)}`,
        needsCrs: err instanceof CrsMissingError
      })
  );
};
