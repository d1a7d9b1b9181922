// The memoria justificativa's figures as SVG, the same in Node and the browser: the district map
// (the district's municipios and the neighbours inside its frame), population per municipio and
// the constraint chart. Each caller rasterises them to PNG its own way (resvg, canvas).
import type { MultiPolygon, Polygon } from 'geojson';
import { constraintChartSvg } from '../charts/constraint-chart-svg';
import { populationChartSvg } from '../charts/population-chart-svg';
import type { SvgFigure } from '../charts/svg-figure';
import type { DistrictFacts } from '../domain/anexo2-facts';
import { titleCase } from '../domain/anexo2-format';
import { districtMapBox, type Box } from '../map/district-map-box';
import { districtMapSvg } from '../map/district-map-svg';
import type { MemoriaFigures } from './memoria-input';

/** A municipio as the map figure needs it (bundled `municipios` table). */
export interface MunicipioShape {
  code: string;
  name: string;
  bbox: Box;
  geometry: Polygon | MultiPolygon;
}

export type MemoriaSvgs = { [K in keyof MemoriaFigures]: SvgFigure };

/** `municipios`: at least the district's and those around it (any extra are filtered out). */
export function memoriaFigureSvgs(
  municipios: readonly MunicipioShape[],
  facts: Pick<DistrictFacts, 'matrix' | 'profile'>
): MemoriaSvgs {
  const codes = new Set(facts.matrix.rows.map((r) => r.code));
  const frame = districtMapBox(municipios.filter((m) => codes.has(m.code)).map((m) => m.bbox));
  const inFrame = ({ bbox: b }: MunicipioShape) =>
    !!frame && b[2] >= frame[0] && b[0] <= frame[2] && b[3] >= frame[1] && b[1] <= frame[3];
  const shapes = municipios
    .filter((m) => codes.has(m.code) || inFrame(m))
    .map((m) => ({
      id: m.code,
      label: titleCase(m.name),
      geometry: m.geometry,
      inDistrict: codes.has(m.code)
    }));
  const population = facts.profile.municipios.map((m) => ({
    label: titleCase(m.name),
    value: m.population
  }));
  return {
    ...(frame ? { map: districtMapSvg(shapes) } : {}),
    population: populationChartSvg(population),
    ...(facts.matrix.layers.length
      ? { constraints: constraintChartSvg(facts.matrix, (r) => titleCase(r.name)) }
      : {})
  };
}
