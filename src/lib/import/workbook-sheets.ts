// The sheets of an uploaded workbook, checked first (check-workbook.ts) and read with
// read-excel-file; the sheet named `preferred` (accents and case ignored) comes first, then the
// others in their order. A damaged file is an ImportError naming it.
import readXlsxFile from 'read-excel-file/universal';
import { checkWorkbook } from './check-workbook';
import { ImportError, type InputFile } from './import-error';

export interface Sheet {
  sheet: string;
  data?: unknown[][];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export async function workbookSheets(file: InputFile, preferred: string): Promise<Sheet[]> {
  checkWorkbook(file);
  let sheets: Sheet[];
  try {
    sheets = await readXlsxFile(file.bytes.slice().buffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError(
      file.name,
      `libro de Excel ilegible o dañado (detalle técnico: ${detail}).`
    );
  }
  const first = (s: Sheet) => Number(fold(s.sheet) === fold(preferred));
  return [...sheets].sort((a, b) => first(b) - first(a));
}

/** A cell as text: dates as YYYY-MM-DD, empty cells as ''. */
export const cellText = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).trim();
