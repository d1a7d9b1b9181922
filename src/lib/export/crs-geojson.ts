// Features as a GeoJSON FeatureCollection in one export CRS. EPSG:4326 is plain RFC 7946 (no
// "crs" member). EPSG:4686 keeps lon/lat order (as CRS84) and EPSG:9377 writes easting/northing
// in metres: both name their CRS in the legacy 2008 "crs" member, which RFC 7946 dropped but QGIS,
// GDAL and ArcGIS still read.
import type { Feature, Geometry } from 'geojson';
import { exportCrs, type ExportEpsg } from './export-crs';

export function crsGeojson(features: Feature<Geometry | null>[], epsg: ExportEpsg): string {
  const { project } = exportCrs(epsg);
  const crs =
    epsg === 4326
      ? {}
      : { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${epsg}` } } };
  return JSON.stringify({
    type: 'FeatureCollection',
    ...crs,
    features: features.map((f) => ({ ...f, geometry: f.geometry && project(f.geometry) }))
  });
}
