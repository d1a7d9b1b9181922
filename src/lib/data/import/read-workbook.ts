// An Excel workbook (.xlsx) of municipio data. Official workbooks carry titles above the header and
// several sheets (the DNP's IDF: a note, municipios, departamentos): the sheet and the header row are
// found where a DANE code column sits on top of municipio codes, and the choice is reported.
import readXlsxFile from 'read-excel-file/universal';
import { ImportError, type InputFile } from './import-error';
import { isKeyName, tableFromRows, type ImportedTable } from './read-table';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const MAX_HEADER_ROW = 20;

/** Index of the header row: a key-like title over cells that look like municipio codes. */
function headerRow(data: unknown[][]): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(MAX_HEADER_ROW, data.length); r++) {
    const col = (data[r] ?? []).findIndex((c) => isKeyName(text(c)));
    if (col < 0) continue;
    const below = data.slice(r + 1, r + 11).map((x) => text(x[col]).trim());
    if (below.some((v) => /^\d{4,5}(\.0+)?$/.test(v))) return { row: r, col };
  }
  return null;
}

export async function readWorkbook(file: InputFile, known: ReadonlySet<string>): Promise<ImportedTable> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(file.bytes.slice().buffer);
  } catch (e) {
    throw new ImportError(file.name, `libro de Excel ilegible o dañado (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`);
  }
  let best: { table: ImportedTable; sheet: string } | null = null;
  for (const { sheet, data } of sheets) {
    const h = headerRow(data);
    if (!h) continue;
    const header = (data[h.row] ?? []).map(text);
    const body = data.slice(h.row + 1).map((r) => r.map(text)).filter((r) => r.some((c) => c.trim()));
    try {
      const table = tableFromRows(file.name, header, body, known, header[h.col]);
      if (!best || table.rows.size > best.table.rows.size) best = { table, sheet };
    } catch {
      /* a sheet without usable codes: try the next one */
    }
  }
  if (!best)
    throw new ImportError(file.name, `ninguna hoja tiene una columna de código DANE de municipio (hojas: ${sheets.map((s) => s.sheet).join(', ')}).`);
  best.table.warnings.unshift(`${file.name}: se leyó la hoja «${best.sheet}».`);
  return best.table;
}
