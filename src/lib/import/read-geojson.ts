// A GeoJSON file (FeatureCollection, Feature or bare geometry). A legacy "crs" member naming a
// supported EPSG code is honoured; without it, coordinates must be degrees (RFC 7946: WGS84).
import type { Feature, Geometry } from 'geojson';
import { ImportError, type InputFile } from './import-error';
import { wellFormed, type ImportedLayer } from './imported-layer';
import { SUPPORTED_CRS } from './supported-crs';
import { toWgs84 } from './to-wgs84';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection'
]);

function features(file: InputFile, doc: unknown): Feature[] {
  const d = doc as { type?: unknown; features?: unknown } | null;
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) return d.features as Feature[];
  if (d?.type === 'Feature') return [d as Feature];
  if (typeof d?.type === 'string' && GEOMETRY_TYPES.has(d.type))
    return [{ type: 'Feature', properties: {}, geometry: d as Geometry }];
  throw new ImportError(
    file.name,
    'no es GeoJSON: se esperaba un FeatureCollection, un Feature o una geometría.'
  );
}

export function readGeojson(file: InputFile): ImportedLayer {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8').decode(file.bytes));
  } catch {
    throw new ImportError(file.name, 'no es un JSON legible (archivo dañado o truncado).');
  }
  const list = features(file, doc);
  if (list.length === 0) throw new ImportError(file.name, 'la capa no tiene elementos.');
  const named = (doc as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  // "urn:ogc:def:crs:OGC:1.3:CRS84" (lon/lat WGS84, what GDAL writes) or an EPSG code.
  const code =
    typeof named !== 'string' || /CRS84$/i.test(named)
      ? 4326
      : Number(/EPSG:*(\d+)\s*$/i.exec(named)?.[1]);
  const crs = SUPPORTED_CRS.find((c) => c.epsg === code);
  if (!crs)
    throw new ImportError(file.name, `sistema de coordenadas no soportado («${String(named)}»).`);
  const warnings: string[] = [];
  const convert = toWgs84(crs);
  const outside: number[] = [];
  const out = list.map((f, i) => {
    const raw: unknown = f?.geometry ?? null;
    let geometry: Geometry | null = null;
    if (raw !== null && !wellFormed(raw))
      warnings.push(
        `${file.name}: el elemento ${i + 1} tiene una geometría mal formada; queda sin ella.`
      );
    else if (raw !== null) {
      geometry = raw as Geometry;
      if (!convert(geometry)) outside.push(i);
    }
    const props = f?.properties;
    const properties =
      typeof props === 'object' && props !== null && !Array.isArray(props) ? props : {};
    return { type: 'Feature' as const, properties, geometry };
  });
  const placed = out.filter((f) => f.geometry).length;
  if (outside.length > 0 && outside.length === placed)
    throw new ImportError(
      file.name,
      'las coordenadas no son grados: declare el sistema de coordenadas (EPSG).'
    );
  for (const i of outside) {
    warnings.push(
      `${file.name}: el elemento ${i + 1} cae fuera del rango de grados; queda sin geometría.`
    );
    out[i]!.geometry = null;
  }
  const fields = [...new Set(out.flatMap((f) => Object.keys(f.properties)))];
  return { name: file.name, features: out, fields, crs, warnings };
}
