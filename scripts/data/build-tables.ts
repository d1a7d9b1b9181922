// Socioeconomic CSVs (PDET, población, NBI, IDF) → Arrow tables keyed by 5-digit DANE code.
import { csvParse, type DSVRowString } from 'd3-dsv';
import { arrowIpc, type Column } from './arrow-table';
import { DANE_CODE, expectEqual, expectThat } from './fail';

type Row = DSVRowString<string>;

function num(v: string | undefined): number | null {
  // DNP marks missing values "ND" (no disponible).
  if (v === undefined || v.trim() === '' || v.trim() === 'ND') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`valor no numérico: "${v}"`);
  return n;
}

function codesOf(rows: Row[], what: string, known: Set<string>): string[] {
  const codes = rows.map((r) => r.cod_dane_mpio ?? '');
  const bad = codes.filter((c) => !DANE_CODE.test(c) || !known.has(c));
  expectThat(
    `${what}: códigos fuera del MGN 2018 o mal formados: ${bad.slice(0, 5).join(', ')}`,
    bad.length === 0
  );
  return codes;
}

const f64 = (rows: Row[], col: string): Column => ({
  type: 'f64',
  values: rows.map((r) => num(r[col]))
});
const utf8 = (rows: Row[], col: string): Column => ({
  type: 'utf8',
  values: rows.map((r) => (r[col] ?? '').trim() || null)
});

export function buildPdet(text: string, known: Set<string>) {
  const rows = csvParse(text).filter((r) => r.pdet === '1');
  const codes = codesOf(rows, 'PDET', known);
  expectEqual('códigos PDET únicos', new Set(codes).size, rows.length);
  expectEqual('subregiones PDET', new Set(rows.map((r) => r.pdet_subregion)).size, 16);
  const bytes = arrowIpc({
    code: { type: 'utf8', values: codes },
    subregion_code: { type: 'i32', values: rows.map((r) => num(r.pdet_codigo_subregion)) },
    subregion: utf8(rows, 'pdet_subregion'),
    uariv_territorial: utf8(rows, 'direccion_territorial_uariv')
  });
  const subregionByCode = new Map(rows.map((r) => [r.cod_dane_mpio!, r.pdet_subregion!]));
  return { rows: rows.length, bytes, subregionByCode };
}

export function buildPoblacion(text: string, known: Set<string>) {
  const rows = csvParse(text);
  const codes = codesOf(rows, 'población', known);
  expectEqual('municipios con población', new Set(codes).size, known.size);
  const bogota2018 = rows.find((r) => r.cod_dane_mpio === '11001' && r.anio === '2018');
  // SOURCES.md check: Bogotá 2018 = 7,412,566 (DANE).
  expectEqual('población de Bogotá 2018', num(bogota2018?.total), 7412566);
  const bytes = arrowIpc({
    code: { type: 'utf8', values: codes },
    year: { type: 'i32', values: rows.map((r) => num(r.anio)) },
    men: { type: 'i32', values: rows.map((r) => num(r.hombres)) },
    women: { type: 'i32', values: rows.map((r) => num(r.mujeres)) },
    total: { type: 'i32', values: rows.map((r) => num(r.total)) }
  });
  return { rows: rows.length, bytes };
}

const NBI_PARTS = [
  'nbi',
  'miseria',
  'vivienda',
  'servicios',
  'hacinamiento',
  'inasistencia',
  'dependencia_economica'
];

export function buildNbi(text: string, known: Set<string>) {
  const rows = csvParse(text);
  const codes = codesOf(rows, 'NBI', known);
  expectEqual('municipios con NBI', new Set(codes).size, known.size);
  const cols: Record<string, Column> = { code: { type: 'utf8', values: codes } };
  for (const zone of ['total', 'cabecera', 'rural']) {
    for (const part of NBI_PARTS) cols[`${zone}_${part}`] = f64(rows, `${zone}_${part}`);
  }
  return { rows: rows.length, bytes: arrowIpc(cols) };
}

// IDF 2023 headers (Spanish, verbatim in the DNP file) → column names.
const IDF_COLUMNS: [string, string, 'f64' | 'utf8'][] = [
  ['Categorías', 'category', 'utf8'],
  ['Dotaciones Iniciales', 'initial_endowment_group', 'utf8'],
  ['Ciudad capital', 'is_capital', 'f64'],
  ['Dependencia de las Transferencias', 'transfer_dependency', 'f64'],
  ['Relevancia FBK fijo', 'fixed_capital_relevance', 'f64'],
  ['Endeudamiento (Total)', 'debt', 'f64'],
  ['Ahorro Corriente', 'current_savings', 'f64'],
  ['Balance Primario', 'primary_balance', 'f64'],
  ['Resultados', 'results_score', 'f64'],
  ['Resultados Gestión', 'management_score', 'f64'],
  ['Nuevo IDF (sin bonos)', 'idf_without_bonus', 'f64'],
  ['Nuevo IDF', 'idf', 'f64'],
  ['Rango', 'range', 'utf8']
];

export function buildIdf(text: string, known: Set<string>) {
  const rows = csvParse(text);
  const codes = codesOf(rows, 'IDF', known);
  expectEqual('códigos IDF únicos', new Set(codes).size, rows.length);
  const cols: Record<string, Column> = { code: { type: 'utf8', values: codes } };
  for (const [header, name, type] of IDF_COLUMNS) {
    expectThat(`IDF: falta la columna "${header}"`, rows.columns.includes(header));
    cols[name] = type === 'f64' ? f64(rows, header) : utf8(rows, header);
  }
  return { rows: rows.length, bytes: arrowIpc(cols) };
}
