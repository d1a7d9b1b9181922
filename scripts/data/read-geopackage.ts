// A GeoPackage (SQLite) with one feature table of polygons in degrees → its rows, geometry as
// GeoJSON. The table and geometry column come from gpkg_contents and gpkg_geometry_columns; the
// CRS must be EPSG:4326 or EPSG:4686 (this reader does not reproject). Any other shape of file is
// a BuildCheckError that names the file.
import Database from 'better-sqlite3';
import { BuildCheckError } from './fail';
import type { Areal } from './geometry';
import { gpkgGeometry } from './gpkg-geometry';

export type GpkgValue = string | number | null;

export interface GpkgLayer {
  table: string;
  geometryColumn: string;
  srsId: number;
  /** Attribute columns in table order (the geometry column left out). */
  fields: string[];
  features: { properties: Record<string, GpkgValue>; geometry: Areal }[];
}

const SQLITE_MAGIC = 'SQLite format 3\0';
const DEGREES = new Set([4326, 4686]);

interface FeatureTable {
  table_name: string;
  column_name: string;
  srs_id: number;
  organization: string | null;
  organization_coordsys_id: number | null;
}

function open(bytes: Uint8Array, name: string): Database.Database {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head !== SQLITE_MAGIC) throw new BuildCheckError(`${name}: no es un GeoPackage (SQLite)`);
  try {
    return new Database(Buffer.from(bytes));
  } catch (e) {
    throw new BuildCheckError(`${name}: SQLite ilegible (${(e as Error).message})`);
  }
}

function featureTable(db: Database.Database, name: string): FeatureTable {
  let tables: FeatureTable[];
  try {
    tables = db
      .prepare(
        `SELECT g.table_name, g.column_name, g.srs_id, s.organization, s.organization_coordsys_id
         FROM gpkg_contents c
         JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
         LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
         WHERE c.data_type = 'features'`
      )
      .all() as FeatureTable[];
  } catch (e) {
    throw new BuildCheckError(`${name}: faltan las tablas GeoPackage (${(e as Error).message})`);
  }
  if (tables.length !== 1)
    throw new BuildCheckError(`${name}: ${tables.length} tablas de entidades, se esperaba una`);
  const t = tables[0]!;
  const epsg = t.organization?.toUpperCase() === 'EPSG' ? t.organization_coordsys_id : null;
  if (epsg === null || !DEGREES.has(epsg))
    throw new BuildCheckError(
      `${name}: sistema de coordenadas srs_id ${t.srs_id} (${t.organization ?? '?'} ${t.organization_coordsys_id ?? '?'}); se aceptan EPSG:4326 y EPSG:4686`
    );
  return t;
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

export function readGeopackage(bytes: Uint8Array, name: string): GpkgLayer {
  const db = open(bytes, name);
  try {
    const t = featureTable(db, name);
    let rows: Record<string, unknown>[];
    try {
      rows = db.prepare(`SELECT * FROM ${quote(t.table_name)}`).all() as Record<string, unknown>[];
    } catch (e) {
      throw new BuildCheckError(
        `${name}: tabla ${t.table_name} ilegible (${(e as Error).message})`
      );
    }
    const fields = (db.pragma(`table_info(${quote(t.table_name)})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== t.column_name);
    const features = rows.map((row, i) => {
      const blob = row[t.column_name];
      const what = `${name}, fila ${i + 1}`;
      if (!(blob instanceof Uint8Array)) throw new BuildCheckError(`${what}: sin geometría`);
      const properties: Record<string, GpkgValue> = {};
      for (const f of fields) {
        const v = row[f];
        if (v !== null && typeof v !== 'string' && typeof v !== 'number')
          throw new BuildCheckError(`${what}: la columna ${f} no es texto ni número`);
        properties[f] = v;
      }
      return { properties, geometry: gpkgGeometry(blob, t.srs_id, what) };
    });
    return {
      table: t.table_name,
      geometryColumn: t.column_name,
      srsId: t.srs_id,
      fields,
      features
    };
  } finally {
    db.close();
  }
}
