// A layer as a zipped shapefile for GIS desktop tools: one shapefile per geometry family present
// (`<stem>_poligonos.shp`…), WGS84 by default or a MAGNA-SIRGAS CRS, UTF-8 .dbf with its .cpg;
// every field rename is reported (shapefile-parts.ts).
import { zipSync } from 'fflate';
import type { Feature, Geometry } from 'geojson';
import type { ExportEpsg } from './export-crs';
import { shapefileParts } from './shapefile-parts';

export function layerShapefile(
  stem: string,
  features: Feature<Geometry | null>[],
  epsg: ExportEpsg = 4326
): { zip: Uint8Array; notes: string[] } {
  const { parts, notes } = shapefileParts(features, epsg);
  const files: Record<string, Uint8Array> = {};
  for (const { family, files: f } of parts)
    for (const [ext, bytes] of Object.entries(f)) files[`${stem}_${family}.${ext}`] = bytes;
  return { zip: zipSync(files), notes };
}
