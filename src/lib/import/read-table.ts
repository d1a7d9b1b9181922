// A table keyed by DANE municipio code (CSV or TSV: the ZOMAC list, regalías, production…). The
// encoding (UTF-8, else windows-1252) and the delimiter (, ; or tab) are detected; codes are
// normalised — Excel drops the leading zero ("5001" → "05001") and may add ".0" — and every repair,
// unknown code and duplicate is reported. Values stay text; numbers are recognised per column.
import { dsvFormat } from 'd3-dsv';
import { normaliseDaneCode, repairedCodesNote } from '../domain/dane-code';
import { composeKeyColumn } from './compose-key-column';
import { ImportError, type InputFile } from './import-error';

export interface ImportedTable {
  name: string;
  keyColumn: string;
  columns: string[];
  /** One row per municipio code (first occurrence kept). */
  rows: Map<string, Record<string, string>>;
  /** Columns whose every non-empty value is a number with a dot or no decimals. */
  numeric: string[];
  warnings: string[];
}

const KEY_NAME = /^(cod(igo)?[_ ]?(dane|mpio|municipio|mun)|divipola|cod_?dane_?mpio|codigo|cod)$/i;

/** Whether a column title names the DANE municipio code ("Código", "cod_dane_mpio", "DIVIPOLA"…). */
export const isKeyName = (title: string) =>
  KEY_NAME.test(title.trim().normalize('NFD').replace(/\p{M}/gu, ''));

function decode(file: InputFile): { text: string; note: string | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes), note: null };
  } catch {
    const text = new TextDecoder('windows-1252').decode(file.bytes);
    return {
      text,
      note: `${file.name}: no es UTF-8; se leyó como windows-1252 (Excel en español).`
    };
  }
}

function delimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** "05001", "5001", "5001.0", " 05001 " → "05001"; anything else → null. */

/** Blank titles get a position; repeated ones a number in order ("NBI", "NBI (2)"). */
function uniqueTitles(header: string[], warnings: string[]): string[] {
  const seen = new Map<string, number>();
  const renamed: string[] = [];
  const out = header.map((raw, i) => {
    const t = raw.trim() || `columna ${i + 1}`;
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    if (n === 1) return t;
    renamed.push(`${t} (${n})`);
    return `${t} (${n})`;
  });
  if (renamed.length)
    warnings.push(`títulos de columna repetidos, numerados en orden: ${sample(renamed)}.`);
  return out;
}

const sample = (xs: string[]) =>
  xs.slice(0, 5).join(', ') + (xs.length > 5 ? `… (${xs.length})` : '');

/**
 * A table from a header and rows of text (CSV or a spreadsheet sheet): finds the key column,
 * normalises the codes and reports every repair, unknown code and duplicate.
 */
export function tableFromRows(
  name: string,
  header: string[],
  body: string[][],
  known: ReadonlySet<string>,
  keyColumn?: string,
  warnings: string[] = []
): ImportedTable {
  let columns = uniqueTitles(header, warnings);
  let rowsIn = body;
  let key = keyColumn;
  if (!key) {
    const named = columns.filter(isKeyName);
    const hasCodes = (c: string) =>
      body.slice(0, 20).some((r) => normaliseDaneCode(r[columns.indexOf(c)] ?? ''));
    key = named.find(hasCodes);
    const split = key ? null : composeKeyColumn(columns, body);
    if (split) {
      ({ header: columns, body: rowsIn } = split);
      key = columns[0];
      warnings.push(split.note);
    }
    key ??= named[0];
  }
  if (!key || !columns.includes(key))
    throw new ImportError(
      name,
      `no se encontró la columna del código DANE; columnas: ${columns.join(', ')}.`
    );
  if (rowsIn.length === 0) throw new ImportError(name, 'la tabla no tiene filas.');
  const k = columns.indexOf(key);
  const rows = new Map<string, Record<string, string>>();
  const repaired: { raw: string; code: string }[] = [];
  const invalid: string[] = [];
  const unknown: string[] = [];
  const duplicated: string[] = [];
  for (const cells of rowsIn) {
    const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    const raw = cells[k] ?? '';
    const n = normaliseDaneCode(raw);
    if (!n) {
      invalid.push(raw || '(vacío)');
      continue;
    }
    if (n.repaired) repaired.push({ raw, code: n.code });
    if (!known.has(n.code)) unknown.push(n.code);
    if (rows.has(n.code)) {
      duplicated.push(n.code);
      continue;
    }
    rows.set(n.code, { ...row, [key]: n.code });
  }
  if (rows.size === 0)
    throw new ImportError(name, `ninguna fila tiene un código DANE válido en «${key}».`);
  if (repaired.length) warnings.push(repairedCodesNote(repaired));
  if (invalid.length)
    warnings.push(
      `${invalid.length} filas sin código DANE válido se omitieron: ${sample(invalid)}.`
    );
  if (unknown.length)
    warnings.push(`${unknown.length} códigos no están en el MGN 2018: ${sample(unknown)}.`);
  if (duplicated.length)
    warnings.push(
      `${duplicated.length} códigos repetidos; se conservó la primera fila: ${sample(duplicated)}.`
    );
  const numeric = columns.filter(
    (c) =>
      c !== key && [...rows.values()].every((r) => !r[c] || /^-?\d+(\.\d+)?$/.test(r[c]!.trim()))
  );
  return { name, keyColumn: key, columns, rows, numeric, warnings };
}

export function readTable(
  file: InputFile,
  known: ReadonlySet<string>,
  keyColumn?: string
): ImportedTable {
  const { text, note } = decode(file);
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.trim()) throw new ImportError(file.name, 'la tabla está vacía.');
  const rows = dsvFormat(delimiter(firstLine)).parseRows(body);
  const [header = [], ...rest] = rows;
  return tableFromRows(file.name, header, rest, known, keyColumn, note ? [note] : []);
}
