// Node only: the memoria justificativa's figures for the command line — the district map from the
// bundled municipio geometries (with the neighbours that fall in its frame), population per
// municipio and the constraint chart — built as the SVG the pure figure modules write, and
// rasterised with resvg for the PNG every reader shows. The browser passes its own renders.
import type { MultiPolygon, Polygon } from 'geojson';
import { constraintChartSvg } from '../../charts/constraint-chart-svg';
import { populationChartSvg } from '../../charts/population-chart-svg';
import type { SvgFigure } from '../../charts/svg-figure';
import type { DistrictFacts } from '../../domain/anexo2-facts';
import { titleCase } from '../../domain/anexo2-format';
import { districtMapSvg, type MapShape } from '../../map/district-map-svg';
import type { MemoriaFigure, MemoriaFigures } from '../export/memoria-input';
import type { Row } from './read-arrow-rows';
import { svgPng } from './svg-png';

const raster = (f: SvgFigure): MemoriaFigure => ({ ...f, png: svgPng(f.svg) });

/** `municipios`: the rows of the bundled municipios table (readArrowRows). */
export function memoriaFigures(municipios: readonly Row[], facts: DistrictFacts): MemoriaFigures {
  const codes = new Set(facts.matrix.rows.map((r) => r.code));
  const inside = municipios.filter((r) => codes.has(String(r.code)));
  const box = (k: string, pick: (...v: number[]) => number) =>
    pick(...inside.map((r) => Number(r[k])));
  const [w, s, e, n] = [
    box('min_lon', Math.min),
    box('min_lat', Math.min),
    box('max_lon', Math.max),
    box('max_lat', Math.max)
  ];
  const [dx, dy] = [(e - w) * 0.1, (n - s) * 0.1];
  const shapes: MapShape[] = municipios
    .filter(
      (r) =>
        codes.has(String(r.code)) ||
        (Number(r.max_lon) >= w - dx &&
          Number(r.min_lon) <= e + dx &&
          Number(r.max_lat) >= s - dy &&
          Number(r.min_lat) <= n + dy)
    )
    .map((r) => ({
      id: String(r.code),
      label: titleCase(String(r.name)),
      geometry: JSON.parse(String(r.geometry)) as Polygon | MultiPolygon,
      inDistrict: codes.has(String(r.code))
    }));
  const population = facts.profile.municipios.map((m) => ({
    label: titleCase(m.name),
    value: m.population
  }));
  return {
    ...(inside.length ? { map: raster(districtMapSvg(shapes)) } : {}),
    population: raster(populationChartSvg(population)),
    ...(facts.matrix.layers.length
      ? { constraints: raster(constraintChartSvg(facts.matrix, (r) => titleCase(r.name))) }
      : {})
  };
}
