// MinAmbiente's compensation areas for forest-reserve subtractions (2024-08-15, zipped shapefile,
// 49, EPSG:4686). The file's `id` is 0 in every row: the key is «expediente · acto», numbered
// «(2)» where a second polygon shares both.
import { dateColumn, numberColumn, textColumn } from './feature-columns';
import { joinKey, numberRepeats } from './unique-keys';
import { zippedPolygonLayer } from './zipped-polygon-layer';

export const buildCompensaciones = (zip: Uint8Array, expected: number) =>
  zippedPolygonLayer(
    {
      what: 'compensaciones por sustracción',
      file: 'COMP_SUSTR_RESERVAS_20240815.zip',
      keys: (ps) => numberRepeats(ps.map((p) => joinKey(p.expediente, p.acto_admin))),
      columns: (ps) => ({
        reserve_id: textColumn(ps, 'id_reserva'),
        reserve: textColumn(ps, 'nombre'),
        case_file: textColumn(ps, 'expediente'),
        act: textColumn(ps, 'acto_admin'),
        act_date: dateColumn(ps, 'fecha_acto'),
        authority: textColumn(ps, 'entidad_ex'),
        project: textColumn(ps, 'proyecto'),
        municipio: textColumn(ps, 'municipio'),
        department: textColumn(ps, 'departamen'),
        area_ha_source: numberColumn(ps, 'area_ha')
      })
    },
    zip,
    expected
  );
