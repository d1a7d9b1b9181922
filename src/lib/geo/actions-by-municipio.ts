// Which municipios each PEG action reaches, for the follow-up map: the municipios its territory
// lists, and for an action drawn as an area, the district municipios the area intersects.
import booleanIntersects from '@turf/boolean-intersects';
import type { MultiPolygon, Polygon } from 'geojson';

export interface ActionTerritory {
  id: number;
  territory: { municipios: string[]; area: Polygon | null };
}

/** Municipio code → ids of the actions that reach it (only the given municipios). */
export function actionsByMunicipio(
  actions: readonly ActionTerritory[],
  municipios: readonly { id: string; geometry: Polygon | MultiPolygon }[]
): Map<string, number[]> {
  const out = new Map<string, number[]>(municipios.map((m) => [m.id, []]));
  for (const a of actions) {
    const reached = a.territory.area
      ? municipios.filter((m) => booleanIntersects(a.territory.area!, m.geometry)).map((m) => m.id)
      : a.territory.municipios;
    for (const code of new Set(reached)) out.get(code)?.push(a.id);
  }
  return out;
}
