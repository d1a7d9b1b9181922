// ANT resguardos clipped to Caquetá by a third party (GeoPackage, 54 MultiPolygons Z) → Arrow with
// the columns of resguardos_muestra (`name` the key, `people` the pueblo) that the consulta
// previa screens read. AREA_TOTAL is the ANT's figure for the whole resguardo, not the clip.
import { dateColumn, numberColumn, textColumn } from './feature-columns';
import { polygonTable } from './polygon-table';
import { readGeopackage } from './read-geopackage';
import { expectUniqueKeys } from './unique-keys';

export function buildResguardosCaqueta(gpkg: Uint8Array) {
  const layer = readGeopackage(gpkg, 'resguardos ANT Caquetá');
  const ps = layer.features.map((f) => f.properties);
  const name = textColumn(ps, 'NOMBRE');
  expectUniqueKeys('resguardos ANT Caquetá', name.values.map(String));
  return polygonTable(
    'resguardos ANT Caquetá',
    layer.features.map((f) => f.geometry),
    {
      name,
      people: textColumn(ps, 'PUEBLO'),
      ant_id: textColumn(ps, 'ID'),
      act_type: textColumn(ps, 'ULTIMO_TIP'),
      act_number: textColumn(ps, 'ULTIMO_NUM'),
      act_date: dateColumn(ps, 'ULTIMA_FEC'),
      area_ha_source: numberColumn(ps, 'AREA_TOTAL'),
      municipio_code: textColumn(ps, 'MUNICIPIO'),
      department_code: textColumn(ps, 'DEPARTAMEN'),
      ant_code: textColumn(ps, 'CODIGO_DAN')
    }
  );
}
