// MinAmbiente's Ramsar wetlands of international importance (zipped shapefile, 12, EPSG:4686).
import { dateColumn, numberColumn, textColumn } from './feature-columns';
import { zippedPolygonLayer } from './zipped-polygon-layer';

export const buildRamsar = (zip: Uint8Array, expected: number) =>
  zippedPolygonLayer(
    {
      what: 'Ramsar',
      file: 'HUMEDALES_RAMSAR.zip',
      keys: { column: 'name' },
      columns: (ps) => ({
        name: textColumn(ps, 'nombre'),
        ramsar_id: textColumn(ps, 'id'),
        act: textColumn(ps, 'acto_admin'),
        act_date: dateColumn(ps, 'fecha_acto'),
        scale: textColumn(ps, 'escala'),
        status: textColumn(ps, 'estado_pro'),
        area_ha_source: numberColumn(ps, 'area_ha')
      })
    },
    zip,
    expected
  );
