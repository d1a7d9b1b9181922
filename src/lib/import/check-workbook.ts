// Checks an .xlsx archive before the spreadsheet reader sees it. That reader trusts the file: a
// damaged cell reference ("r=ZZZZZZZ2") makes it build a row of billions of cells and kills the
// tab, a damaged size field makes it inflate half a gigabyte, and a sheet listed but missing, or
// one sheet's broken XML, leaves a promise failing in the background. Each of these is refused
// here with an ImportError.
import { unzipSync } from 'fflate';
import { Parser } from 'saxen';
import { ImportError, type InputFile } from './import-error';

/** Excel's own limits: 16,384 columns (XFD), 1,048,576 rows. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
const MAX_UNZIPPED_BYTES = 300_000_000;

const columnNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function checkWorkbook(file: InputFile): void {
  const bad = (why: string) =>
    new ImportError(file.name, `libro de Excel ilegible o dañado (${why}).`);
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(file.bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new Error('declara más de 300 MB al descomprimir');
        return f.name.endsWith('.xml') || f.name.endsWith('.rels');
      }
    });
  } catch (e) {
    throw bad(
      e instanceof Error && e.message.includes('300 MB')
        ? e.message
        : 'no es un .xlsx o está truncado'
    );
  }
  const text = (name: string) => (entries[name] ? new TextDecoder().decode(entries[name]) : null);
  const rels = text('xl/_rels/workbook.xml.rels');
  const workbook = text('xl/workbook.xml');
  if (!workbook || !rels) throw bad('faltan partes del libro');
  const targets = new Map<string, string>();
  for (const [, tag] of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]+)"/.exec(tag!)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(tag!)?.[1];
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (/\.xml$/.test(path) && !entries[path]) throw bad(`falta ${path}`);
    targets.set(id, path);
  }
  // Every sheet the workbook lists must point at a worksheet with its cell data.
  for (const [, tag] of workbook.matchAll(/<sheet\b([^>]*)>/g)) {
    const path = targets.get(/\br:id="([^"]+)"/.exec(tag!)?.[1] ?? '');
    if (!path || !/<sheetData[\s>/]/.test(text(path) ?? ''))
      throw bad('una hoja no tiene datos legibles');
  }
  for (const [name, bytes] of Object.entries(entries)) {
    if (!name.startsWith('xl/worksheets/') && name !== 'xl/sharedStrings.xml') continue;
    const xml = new TextDecoder().decode(bytes);
    // The reader's own parser (saxen): a sheet it cannot parse is refused before any is read.
    let broken: Error | undefined;
    const parser = new Parser().on('error', (e) => (broken ??= e));
    parser.parse(xml);
    if (broken) throw bad(`XML dañado en ${name}: ${broken.message}`);
    for (const [, col, row] of xml.matchAll(/<c [^>]*?r="([^"]*?)(\d*)"/g)) {
      if (
        !/^[A-Z]{1,3}$/.test(col!) ||
        columnNumber(col!) > MAX_COLUMN ||
        Number(row) > MAX_ROW ||
        !row
      )
        throw bad(`referencia de celda imposible «${col}${row}» en ${name}`);
    }
  }
}
