// Name, department, PDET subregion and bounding box of every bundled municipio, read once from
// data/municipios.arrow and data/pdet.arrow: the district page searches and frames them before
// the analysis engine has loaded.
import { tableFromIPC } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectoryEntry } from '../domain/model/municipio';
import { dataDir } from './data-dir';

let directory: DirectoryEntry[] | null = null;

const read = (file: string) => tableFromIPC(readFileSync(join(dataDir(), file)));

export function municipioDirectory(): DirectoryEntry[] {
  if (directory) return directory;
  const pdet = new Map(
    read('pdet.arrow')
      .toArray()
      .map((r: { code: string; subregion: string }) => [String(r.code), String(r.subregion)])
  );
  const m = read('municipios.arrow');
  const col = (name: string) => m.getChild(name)!.toArray() as ArrayLike<unknown>;
  const [code, name, department] = ['code', 'name', 'department'].map((c) =>
    [...m.getChild(c)!].map(String)
  );
  const [w, s, e, n] = ['min_lon', 'min_lat', 'max_lon', 'max_lat'].map(col);
  directory = code!.map((c, i) => ({
    code: c,
    name: name![i]!,
    department: department![i]!,
    pdet: pdet.get(c) ?? null,
    bbox: [Number(w![i]), Number(s![i]), Number(e![i]), Number(n![i])]
  }));
  return directory;
}
