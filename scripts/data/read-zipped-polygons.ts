// A zipped shapefile of polygons → features in WGS84, through the app's own import path (unzip,
// .prj → CRS, reprojection, .cpg encoding). The build accepts no feature without a usable
// polygon and no reader warning, and checks the count the catalog or provenance gives.
import { importLayer } from '../../src/lib/import/import-layer';
import { BuildCheckError, expectEqual } from './fail';
import { assertAreal, type Areal } from './geometry';
import type { Props } from './feature-columns';

export interface ZippedPolygons {
  epsg: number;
  features: { properties: Props; geometry: Areal }[];
}

export async function readZippedPolygons(
  name: string,
  bytes: Uint8Array,
  expected: number
): Promise<ZippedPolygons> {
  const layer = await importLayer([{ name, bytes }]).catch((e: unknown) => {
    throw new BuildCheckError(e instanceof Error ? e.message : String(e));
  });
  if (layer.warnings.length) throw new BuildCheckError(`${name}: ${layer.warnings.join(' ')}`);
  expectEqual(`elementos de ${name}`, layer.features.length, expected);
  const features = layer.features.map((f, i) => ({
    properties: (f.properties ?? {}) as Props,
    geometry: assertAreal(f.geometry, `${name}, elemento ${i + 1}`)
  }));
  return { epsg: layer.crs.epsg, features };
}
