// The change list of a re-screen (issue 20) as a table, one row per change: a feature whose
// overlap appears, disappears or changes area, a consulta previa flag that flips, an inclusion
// criterion whose verdict changes — each with its district and municipio, the hectares before and
// after, and the municipio's consulta previa flag before and after.
import { FLAG_LABELS } from '../domain/consulta-previa-screen';
import type { CambiosOutput, MunicipioChange } from '../domain/model/layer-rescreen';
import type { Cell, ExportTable } from './export-table';

const HEADER = [
  'Distrito',
  'Código DANE',
  'Municipio',
  'Elemento o criterio',
  'Tipo de cambio',
  'Ha antes',
  'Ha después',
  'Consulta previa antes',
  'Consulta previa después',
  'Criterio antes',
  'Criterio después'
];

export const CHANGE_KINDS = {
  aparece: 'aparece',
  desaparece: 'desaparece',
  area: 'cambia el área',
  consulta: 'cambia la consulta previa',
  criterio: 'cambia un criterio de inclusión'
} as const;

const verdict = (pass: boolean | null) =>
  pass === null ? 'sin evaluar' : pass ? 'cumple' : 'no cumple';

function municipioRows(district: string, c: MunicipioChange): Cell[][] {
  const flags = [FLAG_LABELS[c.antes.consulta], FLAG_LABELS[c.despues.consulta]];
  const row = (what: string, kind: string, before: Cell, after: Cell, criteria = ['', '']) => [
    district,
    c.municipio,
    c.nombre,
    what,
    kind,
    before,
    after,
    ...flags,
    ...criteria
  ];
  return [
    ...c.aparecen.map((f) => row(f, CHANGE_KINDS.aparece, null, c.despues.ha_elementos[f] ?? null)),
    ...c.desaparecen.map((f) =>
      row(f, CHANGE_KINDS.desaparece, c.antes.ha_elementos[f] ?? null, null)
    ),
    ...c.cambian.map((f) => row(f.elemento, CHANGE_KINDS.area, f.antes_ha, f.despues_ha)),
    ...(c.consulta_cambia ? [row('(el municipio)', CHANGE_KINDS.consulta, null, null)] : []),
    ...c.criterios.map((k) =>
      row(k.criterio, CHANGE_KINDS.criterio, null, null, [verdict(k.antes), verdict(k.despues)])
    )
  ];
}

export function layerChangesTable(output: CambiosOutput): ExportTable {
  return {
    header: HEADER,
    rows: output.distritos.flatMap((d) => d.cambios.flatMap((c) => municipioRows(d.nombre, c)))
  };
}
