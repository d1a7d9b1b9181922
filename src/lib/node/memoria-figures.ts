// Node only: the memoria justificativa's figures for the command line, from the bundled municipio
// rows, rasterised with resvg for the PNG every reader shows. The browser passes its own renders.
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistrictFacts } from '../domain/anexo2-facts';
import { memoriaFigureSvgs, type MunicipioShape } from '../export/memoria-figure-svgs';
import type { MemoriaFigures } from '../export/memoria-input';
import type { Row } from './read-arrow-rows';
import { svgPng } from './svg-png';

/** `municipios`: the rows of the bundled municipios table (readArrowRows). */
export function memoriaFigures(municipios: readonly Row[], facts: DistrictFacts): MemoriaFigures {
  const shapes: MunicipioShape[] = municipios.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    bbox: [Number(r.min_lon), Number(r.min_lat), Number(r.max_lon), Number(r.max_lat)],
    geometry: JSON.parse(String(r.geometry)) as Polygon | MultiPolygon
  }));
  const svgs = memoriaFigureSvgs(shapes, facts);
  return Object.fromEntries(
    Object.entries(svgs).map(([k, f]) => [k, { ...f, png: svgPng(f.svg) }])
  ) as MemoriaFigures;
}
