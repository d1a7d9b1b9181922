// DANE codes of the bundled municipios (data/municipios.arrow), read once on first use.
import { tableFromIPC } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data-dir';

let codes: ReadonlySet<string> | null = null;

export function municipioCodes(): ReadonlySet<string> {
  if (!codes) {
    const column = tableFromIPC(readFileSync(join(dataDir(), 'municipios.arrow'))).getChild('code');
    if (!column) throw new Error('data/municipios.arrow no tiene la columna «code».');
    codes = new Set(Array.from(column, String));
  }
  return codes;
}
