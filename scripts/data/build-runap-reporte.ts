// RUNAP's own per-municipio report («reporte DANE», PNN, cut 2025-03-30; sheet Municipios: one row
// per protected area × municipio, hectares terrestre and marítima) → Arrow, every row kept as PNN
// gives it, with the area's authority from sheet General. Rows coded `N/A` (areas or parts with no
// municipio, mostly marine) are kept and totalled in the build log; a municipio code outside the
// MGN 2018 fails the build.
import { arrowIpc } from './arrow-table';
import { DANE_CODE, expectEqual, expectThat } from './fail';
import type { Cell, RunapWorkbook } from './read-runap-workbook';

/** The code PNN gives to the rows with no municipio. */
export const NO_MUNICIPIO = 'N/A';

const MUNICIPIOS_HEADER = [
  'Id del área protegida',
  'Categoría de manejo',
  'Nombre del área protegida',
  'Municipio',
  'Código DANE Municipio',
  'Extensión terrestre geográfica en hectáreas',
  'Extensión marítima geográfica en hectáreas'
];

export interface RunapReport {
  rows: number;
  bytes: Uint8Array;
  /** Rows coded N/A and their hectares, for the build log and the catalog caveat. */
  unplaced: { rows: number; terrestreHa: number; maritimaHa: number };
  municipios: number;
}

const num = (v: Cell, what: string): number => {
  expectThat(`RUNAP: ${what} no es un número (${String(v)})`, typeof v === 'number');
  return v as number;
};

export function buildRunapReporte(book: RunapWorkbook, known: ReadonlySet<string>): RunapReport {
  const [header, ...data] = book.sheet('Municipios');
  expectEqual(
    'RUNAP: encabezado de la hoja Municipios',
    header?.join('|'),
    MUNICIPIOS_HEADER.join('|')
  );
  const authority = new Map(
    book
      .sheet('General')
      .slice(1)
      .map((r) => [r[0], r[2]])
  );
  const rows = data.map((r, i) => {
    const code = String(r[4] ?? '').trim();
    const line = `fila ${i + 2} de Municipios`;
    expectThat(
      `RUNAP: ${line}: el código «${code}» no es un municipio del MGN 2018`,
      code === NO_MUNICIPIO || (DANE_CODE.test(code) && known.has(code))
    );
    expectThat(
      `RUNAP: ${line}: el área ${String(r[0])} no está en la hoja General`,
      authority.has(r[0]!)
    );
    return {
      code,
      municipio: r[3] === null || r[3] === undefined ? null : String(r[3]).trim(),
      ap_id: num(r[0]!, `${line}, id`),
      name: String(r[2]).trim(),
      category: String(r[1]).trim(),
      authority: String(authority.get(r[0]!) ?? '').trim() || null,
      terrestre_ha: num(r[5]!, `${line}, hectáreas terrestres`),
      maritima_ha: num(r[6]!, `${line}, hectáreas marítimas`)
    };
  });
  const na = rows.filter((r) => r.code === NO_MUNICIPIO);
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  const bytes = arrowIpc({
    code: { type: 'utf8', values: col('code') },
    municipio: { type: 'utf8', values: col('municipio') },
    ap_id: { type: 'i32', values: col('ap_id') },
    name: { type: 'utf8', values: col('name') },
    category: { type: 'utf8', values: col('category') },
    authority: { type: 'utf8', values: col('authority') },
    terrestre_ha: { type: 'f64', values: col('terrestre_ha') },
    maritima_ha: { type: 'f64', values: col('maritima_ha') }
  });
  return {
    rows: rows.length,
    bytes,
    municipios: new Set(rows.map((r) => r.code).filter((c) => c !== NO_MUNICIPIO)).size,
    unplaced: {
      rows: na.length,
      terrestreHa: na.reduce((s, r) => s + r.terrestre_ha, 0),
      maritimaHa: na.reduce((s, r) => s + r.maritima_ha, 0)
    }
  };
}
