// Spanish (Colombia) wording of the anexo 2 figures: "210.077", "20,30 %", "+7,05 %", "190,53 ha",
// "A, B y C". Fixed decimals, so the same figure always reads the same in every row.
const formats = new Map<number, Intl.NumberFormat>();
const list = new Intl.ListFormat('es', { type: 'conjunction' });

export const esNumber = (n: number, digits = 0) => {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('es-CO', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits
    });
    formats.set(digits, f);
  }
  return f.format(n);
};

export const esPct = (n: number) => `${esNumber(n, 2)} %`;

/** A change: "+7,05 %" or "−1,20 %" (a real minus sign). */
export const esChange = (n: number) => `${n < 0 ? '−' : '+'}${esPct(Math.abs(n))}`;

export const esHa = (n: number) => `${esNumber(n, 2)} ha`;

export const esList = (items: readonly string[]) => list.format(items);

/** "Segovia" from "SEGOVIA": the MGN spells names in capitals. */
export const titleCase = (name: string) =>
  name
    .toLocaleLowerCase('es')
    .replace(
      /(^|[\s(.-])(\p{L})/gu,
      (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('es')
    )
    .replace(/\b(De|Del|La|Las|Los|Y|El)\b/g, (w, _p, i: number) =>
      i === 0 ? w : w.toLowerCase()
    );

/** A feature's name as its producer wrote it, title-cased only when it is all capitals in words
 * (MGN and ANT style); codes such as «SRF_00516» or mixed-case names stay as they are. */
export const featureTitle = (name: string) =>
  /^[\p{Lu}\s().,'-]+$/u.test(name) ? titleCase(name) : name;
