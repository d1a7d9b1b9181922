// Reservas Forestales Protectoras Nacionales: one zipped shapefile per reserve (57, each in the
// CRS of its .prj: MAGNA-SIRGAS degrees, Origen-Nacional or Bogotá zone) → one Arrow table.
// Three schemas: the RUNAP id is APID, AP_ID or IDPNN; RESOLUCION and ESCALA exist in 28 zips.
import type { InputFile } from '../../src/lib/import/import-error';
import type { Areal } from './geometry';
import { cleanText, dateColumn, numberColumn, textColumn, type Props } from './feature-columns';
import { polygonTable } from './polygon-table';
import { readZippedPolygons } from './read-zipped-polygons';
import { expectUniqueKeys } from './unique-keys';

const ID_FIELDS = ['APID', 'AP_ID', 'IDPNN'];

export async function buildRfpn(zips: readonly InputFile[]) {
  const ps: Props[] = [];
  const geoms: Areal[] = [];
  for (const zip of zips) {
    const { features } = await readZippedPolygons(zip.name, zip.bytes, 1);
    for (const f of features) {
      const id = ID_FIELDS.map((k) => cleanText(f.properties[k])).find(Boolean) ?? null;
      ps.push({ ...f.properties, runap_id: id, source_zip: zip.name });
      geoms.push(f.geometry);
    }
  }
  const name = textColumn(ps, 'NOMBRE');
  expectUniqueKeys('RFPN', name.values.map(String));
  return polygonTable('RFPN', geoms, {
    name,
    runap_id: textColumn(ps, 'runap_id'),
    category: textColumn(ps, 'CATEGORIA'),
    authority: textColumn(ps, 'ORG'),
    resolution: textColumn(ps, 'RESOLUCION'),
    act_date: dateColumn(ps, 'FECHAACT'),
    scale: textColumn(ps, 'ESCALA'),
    area_ha_source: numberColumn(ps, 'HARES'),
    url: textColumn(ps, 'URL'),
    source_zip: textColumn(ps, 'source_zip')
  });
}
