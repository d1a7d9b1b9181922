// The overlaps and distances behind the consulta previa flags, one row per (area, ethnic feature):
// the district first, then each municipio; an area without evidence gets one row with its flag.
// Numbers at full precision; the overlap columns are empty for a feature that does not overlap.
import type { ConsultaScreen } from '../domain/consulta-previa-screen';
import type { EvidencePackInput } from './evidence-pack-input';
import type { Cell, ExportTable } from './export-table';
import { recordEvidenceText } from '../domain/record-evidence-text';

const HEADER = [
  'ambito',
  'nombre',
  'alerta',
  'capa',
  'elemento',
  'pueblo',
  'traslape_ha',
  'pct_del_area',
  'borde',
  'distancia_km',
  'registro_oficial'
];

export function evidenceTable(input: EvidencePackInput): ExportTable {
  const { district, screens, ethnicFeatures, people } = input;
  const titles = new Map(ethnicFeatures.map((e) => [e.layer, e.layerTitle]));
  const names = new Map(district.municipios.map((m) => [m.code, m.name]));
  const areaRows = (ambito: string, nombre: string, s: ConsultaScreen): Cell[][] =>
    s.evidence.length
      ? s.evidence.map((e) => [
          ambito,
          nombre,
          s.flag,
          titles.get(e.layer) ?? e.layer,
          e.feature,
          people?.get(e.layer)?.get(e.feature) ?? '',
          e.overlap_ha,
          e.pct_of_area,
          e.overlap_ha === null ? null : e.borde ? 'sí' : 'no',
          e.distance_km,
          e.record ? recordEvidenceText(e.record) : null
        ])
      : [[ambito, nombre, s.flag, null, null, null, null, null, null, null, null]];
  return {
    header: HEADER,
    rows: [
      ...areaRows('distrito', district.name, screens.district),
      ...screens.municipios.flatMap((s) => areaRows(s.code, names.get(s.code) ?? s.code, s))
    ]
  };
}
