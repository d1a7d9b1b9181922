// A distinct client address per simulated client: 10.<phase>.<hi>.<lo>, sent in X-Forwarded-For
// (the instances run with ADDRESS_HEADER=x-forwarded-for, XFF_DEPTH=1), so the per-address limits
// of one phase never meet another phase's.

/** Address phases: each load phase, the limit checks, the probes and the staff have their own. */
export const PHASE = {
  rendimiento: 1,
  caida: 2,
  reinicio: 3,
  limites: 4,
  sqlite: 5,
  sondas: 6,
  equipo: 7
} as const;

export function clientAddress(phase: number, index: number): string {
  return `10.${phase}.${(index >> 8) & 255}.${index & 255}`;
}
