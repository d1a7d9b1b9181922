// MinAmbiente's subtractions from the Reservas Forestales Protectoras Nacionales (1:100.000,
// zipped shapefile, 27, EPSG:3857). `sector` is a bare code (1, 3, 4, 10) whose domain the file
// does not carry: kept as published in sector_code. Key «reserva · acto · tipo».
import { numberColumn, textColumn } from './feature-columns';
import { joinKey } from './unique-keys';
import { zippedPolygonLayer } from './zipped-polygon-layer';

export const buildSustraccionesRfpn = (zip: Uint8Array, expected: number) =>
  zippedPolygonLayer(
    {
      what: 'sustracciones de RFPN',
      file: 'sustracciones_rfpn.zip',
      keys: (ps) => ps.map((p) => joinKey(p.rfpnn, p.acto_admin, p.tipo)),
      columns: (ps) => ({
        reserve: textColumn(ps, 'rfpnn'),
        act: textColumn(ps, 'acto_admin'),
        case_file: textColumn(ps, 'expediente'),
        type: textColumn(ps, 'tipo'),
        project: textColumn(ps, 'detalle'),
        applicant: textColumn(ps, 'solicitant'),
        sector_code: textColumn(ps, 'sector'),
        area_ha_source: numberColumn(ps, 'area_ha')
      })
    },
    zip,
    expected
  );
