// An Excel workbook (.xlsx) of municipio data. Official workbooks carry titles above the header and
// several sheets (the DNP's IDF: a note, municipios, departamentos): the sheet and the header row are
// found where a DANE code column sits on top of municipio codes, and the choice is reported.
import readXlsxFile from 'read-excel-file/universal';
import { checkWorkbook } from './check-workbook';
import { composeKeyColumn } from './compose-key-column';
import { ImportError, type InputFile } from './import-error';
import { isKeyName, tableFromRows, type ImportedTable } from './read-table';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const MAX_HEADER_ROW = 20;

/**
 * The header row: a key-like title over cells that look like municipio codes, or a department
 * code and a municipio code side by side (the key is then rebuilt: `col` is null).
 */
function headerRow(data: unknown[][]): { row: number; col: number | null } | null {
  for (let r = 0; r < Math.min(MAX_HEADER_ROW, data.length); r++) {
    const header = (data[r] ?? []).map(text);
    const next = data.slice(r + 1, r + 11).map((x) => x.map(text));
    const col = header.findIndex(
      (c, i) => isKeyName(c) && next.some((x) => /^\d{4,5}(\.0+)?$/.test((x[i] ?? '').trim()))
    );
    if (col >= 0) return { row: r, col };
    if (composeKeyColumn(header, next)) return { row: r, col: null };
  }
  return null;
}

export async function readWorkbook(
  file: InputFile,
  known: ReadonlySet<string>
): Promise<ImportedTable> {
  checkWorkbook(file);
  let sheets: { sheet: string; data: unknown[][] | undefined }[];
  try {
    sheets = await readXlsxFile(file.bytes.slice().buffer);
  } catch (e) {
    throw new ImportError(
      file.name,
      `libro de Excel ilegible o dañado (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`
    );
  }
  let best: { table: ImportedTable; sheet: string } | null = null;
  for (const { sheet, data = [] } of sheets) {
    const h = headerRow(data);
    if (!h) continue;
    const header = (data[h.row] ?? []).map(text);
    const body = data
      .slice(h.row + 1)
      .map((r) => r.map(text))
      .filter((r) => r.some((c) => c.trim()));
    try {
      const key = h.col === null ? undefined : header[h.col]?.trim();
      const table = tableFromRows(file.name, header, body, known, key);
      if (!best || table.rows.size > best.table.rows.size) best = { table, sheet };
    } catch {
      /* a sheet without usable codes: try the next one */
    }
  }
  if (!best)
    throw new ImportError(
      file.name,
      `ninguna hoja tiene una columna de código DANE de municipio (hojas: ${sheets.map((s) => s.sheet).join(', ')}).`
    );
  best.table.warnings.unshift(`${file.name}: se leyó la hoja «${best.sheet}».`);
  return best.table;
}
