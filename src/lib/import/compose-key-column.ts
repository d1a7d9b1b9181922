// Official tables often split the DANE code in two columns: the department's 2 digits and the
// municipio's 3 (DANE's NBI workbook: «Código Departamento» + «Código Municipio» = 05 + 001). The
// 5-digit code is rebuilt as a new first column; spreadsheets drop leading zeros, so both parts are
// padded back.
const plain = (s: string) => s.trim().normalize('NFD').replace(/\p{M}/gu, '');
const DEPT = /^(cod(igo)?[_ ]?(de?pto|departamento|dep)|dpto_ccdgo)$/i;
const MPIO = /^(cod(igo)?[_ ]?(mpio|municipio|mun)|mpio_ccdgo)$/i;
const digits = (v: string | undefined, max: number) => {
  const t = (v ?? '').trim().replace(/\.0+$/, '');
  return new RegExp(`^\\d{1,${max}}$`).test(t) ? t.padStart(max, '0') : null;
};

export const COMPOSED_KEY = 'Código DANE';

export interface ComposedTable {
  header: string[];
  body: string[][];
  note: string;
}

/** The table with a rebuilt 5-digit code column, or null when no department + municipio pair fits. */
export function composeKeyColumn(header: string[], body: string[][]): ComposedTable | null {
  const d = header.findIndex((h) => DEPT.test(plain(h)));
  const m = header.findIndex((h) => MPIO.test(plain(h)));
  if (d < 0 || m < 0) return null;
  const sample = body.filter((r) => (r[m] ?? '').trim()).slice(0, 50);
  const fits = sample.filter((r) => digits(r[d], 2) && digits(r[m], 3)).length;
  if (sample.length === 0 || fits < 0.8 * sample.length) return null;
  const code = (r: string[]) => {
    const dept = digits(r[d], 2);
    const mpio = digits(r[m], 3);
    return dept && mpio ? dept + mpio : '';
  };
  const title = header.includes(COMPOSED_KEY) ? `${COMPOSED_KEY} (5 dígitos)` : COMPOSED_KEY;
  return {
    header: [title, ...header],
    body: body.map((r) => [code(r), ...r]),
    note: `el código DANE se formó con «${header[d]!.trim()}» + «${header[m]!.trim()}».`
  };
}
