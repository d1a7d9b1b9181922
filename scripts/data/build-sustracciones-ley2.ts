// MinAmbiente's temporary subtractions from the Ley 2ª de 1959 forest reserves (September 2021,
// zipped shapefile, 84, EPSG:4686), with the sector that asked. Key «id · acto». `solicitant` is
// empty in every row and is left out; a blank fecha_fin (no end date recorded) stays null.
import { dateColumn, numberColumn, textColumn } from './feature-columns';
import { joinKey } from './unique-keys';
import { zippedPolygonLayer } from './zipped-polygon-layer';

export const buildSustraccionesLey2 = (zip: Uint8Array, expected: number) =>
  zippedPolygonLayer(
    {
      what: 'sustracciones temporales Ley 2ª',
      file: 'Sustracciones_Temporales_Ley2_septiembre_2021.zip',
      keys: (ps) => ps.map((p) => joinKey(p.id, p.acto_admin)),
      columns: (ps) => ({
        subtraction_id: textColumn(ps, 'id'),
        reserve_id: textColumn(ps, 'id_ley2'),
        reserve: textColumn(ps, 'nom_ley2'),
        authority: textColumn(ps, 'sustrajo'),
        act: textColumn(ps, 'acto_admin'),
        act_date: dateColumn(ps, 'fecha_acto'),
        end_date: dateColumn(ps, 'fecha_fin'),
        sector: textColumn(ps, 'sector'),
        project: textColumn(ps, 'observacio'),
        municipio: textColumn(ps, 'municipio'),
        department: textColumn(ps, 'departamen'),
        area_ha_source: numberColumn(ps, 'area_ha')
      })
    },
    zip,
    expected
  );
