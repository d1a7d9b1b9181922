// GeoJSON polygon layers (zonas de reserva campesina, resguardos sample) → Arrow tables.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { arrowIpc } from './arrow-table';
import { numberColumn, textColumn } from './feature-columns';
import { assertAreal, geometryColumns, normalizeGeometry } from './geometry';

type Props = Record<string, string | number | null>;

function parse(text: string, what: string): Feature<Geometry, Props>[] {
  const fc = JSON.parse(text) as FeatureCollection<Geometry, Props>;
  if (fc.type !== 'FeatureCollection') throw new Error(`${what}: no es una FeatureCollection`);
  return fc.features;
}

const props = (fs: Feature<Geometry, Props>[]) => fs.map((f) => f.properties);
const text = (fs: Feature<Geometry, Props>[], key: string) => textColumn(props(fs), key);
const number = (fs: Feature<Geometry, Props>[], key: string) => numberColumn(props(fs), key);

export function buildZonasReservaCampesina(src: string) {
  const fs = parse(src, 'zonas de reserva campesina');
  const geoms = fs.map((f, i) => normalizeGeometry(assertAreal(f.geometry, `ZRC ${i}`)));
  const bytes = arrowIpc({
    name: text(fs, 'NOMBRE_ZONA_RESERVA_CAMPESINA'),
    resolution: text(fs, 'RESOLUCION_RESERVA_CAMPESINA'),
    area_ha_source: number(fs, 'AREA_HA'),
    ...geometryColumns(geoms)
  });
  return { rows: fs.length, bytes };
}

export function buildResguardos(src: string) {
  const fs = parse(src, 'resguardos');
  const geoms = fs.map((f, i) => normalizeGeometry(assertAreal(f.geometry, `resguardo ${i}`)));
  const bytes = arrowIpc({
    name: text(fs, 'NOMBRE'),
    people: text(fs, 'PUEBLO'),
    act_type: text(fs, 'TIPO_ACTO_'),
    act_number: text(fs, 'NUMERO_ACT'),
    act_date: {
      type: 'utf8',
      values: fs.map((f) =>
        f.properties.FECHA_ACTO ? String(f.properties.FECHA_ACTO).slice(0, 10) : null
      )
    },
    act_area_ha: number(fs, 'AREA_ACTO_'),
    municipio_code: text(fs, 'MUNICIPIO'),
    department_code: text(fs, 'DEPARTAMEN'),
    ant_code: text(fs, 'CODIGO_DAN'),
    ...geometryColumns(geoms)
  });
  return { rows: fs.length, bytes };
}
