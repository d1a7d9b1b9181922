// Municipio names as people write them ("Santo Domingo", not the MGN's "SANTO DOMINGO"), by code.
import { titleCase } from '../domain/anexo2-format';
import { municipioDirectory } from './municipio-directory';

let names: Map<string, string> | null = null;

export function municipioNames(): Map<string, string> {
  names ??= new Map(municipioDirectory().map((d) => [d.code, titleCase(d.name)]));
  return names;
}
