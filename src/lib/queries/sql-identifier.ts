// Table and column names interpolated into SQL must be plain lower-case identifiers.
const IDENT = /^[a-z_]+$/;

export function assertIdentifiers(...names: string[]): void {
  for (const n of names) if (!IDENT.test(n)) throw new Error(`Identificador no válido: «${n}»`);
}
