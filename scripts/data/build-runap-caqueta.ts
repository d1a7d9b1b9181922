// RUNAP protected areas clipped to Caquetá by a third party (GeoPackage, 99 MultiPolygons) → Arrow.
// The official name repeats (91 names for 99 areas), so the key is «name (RUNAP ap_id)».
// The hectares are RUNAP's for the whole area, not for the clipped part.
import { dateColumn, numberColumn, textColumn } from './feature-columns';
import { polygonTable } from './polygon-table';
import { readGeopackage } from './read-geopackage';
import { expectUniqueKeys } from './unique-keys';

export function buildRunapCaqueta(gpkg: Uint8Array) {
  const layer = readGeopackage(gpkg, 'RUNAP Caquetá');
  const ps = layer.features.map((f) => f.properties);
  const keys = ps.map((p) => `${String(p.ap_nombre).trim()} (RUNAP ${String(p.ap_id)})`);
  expectUniqueKeys('RUNAP Caquetá', keys);
  return polygonTable(
    'RUNAP Caquetá',
    layer.features.map((f) => f.geometry),
    {
      feature_key: { type: 'utf8', values: keys },
      name: textColumn(ps, 'ap_nombre'),
      runap_id: textColumn(ps, 'ap_id'),
      category: textColumn(ps, 'ap_categor'),
      status: textColumn(ps, 'condicion'),
      authority: textColumn(ps, 'organizaci'),
      inscribed: dateColumn(ps, 'fecha_insc'),
      registered: dateColumn(ps, 'fecha_regi'),
      area_ha_source: numberColumn(ps, 'area_ha_to'),
      area_ha_land: numberColumn(ps, 'area_ha_te'),
      area_ha_sea: numberColumn(ps, 'area_ha_ma'),
      territorial: textColumn(ps, 'territoria'),
      url: textColumn(ps, 'url')
    }
  );
}
