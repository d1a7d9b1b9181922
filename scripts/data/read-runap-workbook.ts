// RUNAP's report workbook read once for the builds that use it (report per municipio, acts).
import readXlsxFile from 'read-excel-file/node';
import { BuildCheckError } from './fail';

export type Cell = string | number | boolean | Date | null;

export interface RunapWorkbook {
  /** Rows of a sheet, header first; a missing sheet fails the build. */
  sheet(name: string): Cell[][];
}

export async function readRunapWorkbook(raw: Uint8Array): Promise<RunapWorkbook> {
  const sheets = (await readXlsxFile(Buffer.from(raw))) as { sheet: string; data: Cell[][] }[];
  return {
    sheet(name) {
      const s = sheets.find((x) => x.sheet === name);
      if (!s) throw new BuildCheckError(`RUNAP: falta la hoja «${name}» del reporte`);
      return s.data;
    }
  };
}
