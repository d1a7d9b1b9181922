// The anexo 2 of a district as an XLSX workbook the entities fill offline and send back: sheet
// «Anexo 2» (one row per aspect, wrapped text, a list «sí, parcialmente, no» on the sufficiency
// column, the mesas' columns shaded), «Fuentes» (provenance of each layer) and «Distrito» (name,
// municipios, generation date, instructions). Built on xlsx-workbook.ts, then styled.
import ExcelJS from 'exceljs';
import type { Anexo2Row } from '../domain/anexo2-facts';
import { ANEXO2_COLUMNS, ANEXO2_SHEET, SUFFICIENCY_VALUES } from './anexo2-columns';
import type { ExportProvenance } from './layer-geojson';
import { xlsxWorkbook } from './xlsx-workbook';

export interface Anexo2Meta {
  district: string;
  /** Municipios as they should read, e.g. "Segovia (05736)". */
  municipios: string[];
  /** When the table was generated (the caller's clock; shown as a Bogotá date). */
  generated: Date;
}

/** Column widths in characters, in the order of ANEXO2_COLUMNS. */
const WIDTHS = [30, 26, 16, 90, 70, 50, 20, 50];
const EDITABLE = [6, 7, 8]; // respuesta, suficiente, propuestas (1-based columns)
const SHADE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF5D6' } };

const bogotaDate = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(d); // YYYY-MM-DD

export async function anexo2Xlsx(
  rows: Anexo2Row[],
  meta: Anexo2Meta,
  sources: ExportProvenance[]
): Promise<Uint8Array> {
  const table = {
    header: Object.values(ANEXO2_COLUMNS),
    rows: rows.map((r) => [
      r.title,
      r.entity,
      r.components.join(', '),
      r.aspecto,
      r.missing.map((m) => `• ${m}`).join('\n') || null,
      r.respuesta || null,
      r.suficiente,
      r.propuestas || null
    ])
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await xlsxWorkbook({ name: ANEXO2_SHEET, table }, sources)).buffer as ArrayBuffer
  );
  const ws = wb.getWorksheet(ANEXO2_SHEET)!;
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  for (let r = 2; r <= rows.length + 1; r++) {
    for (const c of EDITABLE) ws.getCell(r, c).fill = SHADE;
    ws.getCell(r, 7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${SUFFICIENCY_VALUES.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Valor no previsto',
      error: 'Escriba sí, parcialmente o no.'
    };
  }
  const info = wb.addWorksheet('Distrito');
  info.columns = [{ width: 24 }, { width: 110 }];
  info.addRows([
    ['Distrito', meta.district],
    ['Municipios', meta.municipios.join(', ')],
    ['Fecha de generación', bogotaDate(meta.generated)],
    [
      'Formato',
      'Anexo 2. Formato análisis de dinámicas (Guía metodológica DMEDP, Tomo II, §2.2.2.1, numeral 10)'
    ],
    [
      'Instrucciones',
      `Diligencie «${ANEXO2_COLUMNS.respuesta}», «${ANEXO2_COLUMNS.suficiente}» (sí, parcialmente o no) y «${ANEXO2_COLUMNS.propuestas}» sin cambiar los nombres de los aspectos ni de las columnas, y devuelva el archivo para importarlo en Atlas DMEDP.`
    ],
    [
      'Nota',
      'Las cifras vienen de las capas cargadas en Atlas DMEDP, con su fuente (hoja «Fuentes»); lo que esas capas no permiten decir figura como información faltante.'
    ]
  ]);
  info.getColumn(1).font = { bold: true };
  info.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
