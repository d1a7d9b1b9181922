// The files inside a .zip (folders flattened, macOS metadata skipped). A corrupt or truncated
// archive, or one that would expand past the size limit, is an ImportError.
import { unzipSync } from 'fflate';
import { baseName, ImportError, type InputFile } from './import-error';

/** Refuse archives that expand past this (protects the tab from zip bombs). */
export const MAX_UNZIPPED_BYTES = 1_500_000_000;

export function unzipFiles(zip: InputFile): InputFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      filter: (f) => {
        if (f.name.startsWith('__MACOSX/') || f.name.endsWith('/')) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new Error('demasiado grande al descomprimir');
        return true;
      }
    });
  } catch (e) {
    const why =
      e instanceof Error && e.message.includes('demasiado') ? e.message : 'dañado o truncado';
    throw new ImportError(zip.name, `el .zip está ${why}.`);
  }
  const files = Object.entries(entries).map(([name, bytes]) => ({ name: baseName(name), bytes }));
  if (files.length === 0) throw new ImportError(zip.name, 'el .zip está vacío.');
  return files;
}
