// Municipio outlines for server-drawn figures (the follow-up map): the district's municipios and
// their neighbours within its frame, from the simplified boundaries the map tiles are cut from
// (data/limites.topojson, DANE MGN). Read once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { titleCase } from '../domain/anexo2-format';
import type { MapShape } from '../map/district-map-svg';
import { dataDir } from './data-dir';
import { municipioDirectory } from './municipio-directory';

type Outline = { code: string; name: string; geometry: Polygon | MultiPolygon };

let outlines: Map<string, Outline> | null = null;

function read(): Map<string, Outline> {
  if (outlines) return outlines;
  const topo = JSON.parse(readFileSync(join(dataDir(), 'limites.topojson'), 'utf8')) as Topology<{
    municipios: GeometryCollection<{ code: string; name: string }>;
  }>;
  const fc = feature(topo, topo.objects.municipios);
  outlines = new Map(
    fc.features.flatMap((f) =>
      f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        ? [[f.properties.code, { ...f.properties, geometry: f.geometry }]]
        : []
    )
  );
  return outlines;
}

/** The district's municipios (inDistrict) and the others whose box meets the district's box. */
export function municipioShapes(codes: readonly string[]): MapShape[] {
  const inside = new Set(codes);
  const boxes = municipioDirectory().filter((d) => inside.has(d.code));
  if (!boxes.length) return [];
  const [w, s, e, n] = [
    Math.min(...boxes.map((b) => b.bbox[0])),
    Math.min(...boxes.map((b) => b.bbox[1])),
    Math.max(...boxes.map((b) => b.bbox[2])),
    Math.max(...boxes.map((b) => b.bbox[3]))
  ];
  const near = municipioDirectory().filter(
    (d) => d.bbox[0] <= e && d.bbox[2] >= w && d.bbox[1] <= n && d.bbox[3] >= s
  );
  return near.flatMap((d) => {
    const o = read().get(d.code);
    return o
      ? [
          {
            id: d.code,
            label: titleCase(o.name),
            geometry: o.geometry,
            inDistrict: inside.has(d.code)
          }
        ]
      : [];
  });
}
