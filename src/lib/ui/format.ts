// Number formatting for the Spanish (Colombia) UI.
const integer = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('es-CO', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 2
});

export const formatInteger = (n: number) => integer.format(n);

const plain = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

/** "1.500", "4,25": an indicator value as Colombians write it (up to two decimals). */
export const formatNumber = (n: number) => plain.format(n);

/** "12,34 %", or "sin dato" when the source has no value. */
export function formatPercent(n: number | null | undefined): string {
  return n === null || n === undefined ? 'sin dato' : `${decimal.format(n)} %`;
}

export function formatChange(from: number, to: number): string {
  const pct = ((to - from) / from) * 100;
  return `${pct >= 0 ? '+' : '−'}${decimal.format(Math.abs(pct))} %`;
}

const hectares = new Intl.NumberFormat('es-CO', {
  maximumFractionDigits: 2,
  minimumFractionDigits: 2
});

/** "1.375,19" (hectares, two decimals). */
export const formatHectares = (n: number) => hectares.format(n);

/** «1,2 MB», «350 kB». */
export function formatBytes(n: number): string {
  if (n >= 1_000_000)
    return `${(n / 1_000_000).toLocaleString('es-CO', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(n / 1000)).toLocaleString('es-CO')} kB`;
}
