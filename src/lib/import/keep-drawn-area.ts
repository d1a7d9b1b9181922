// Re-import of the PEG: the sheet cannot carry a drawn area (its municipios cell says «área
// dibujada»), so a row of a saved action that names no municipios keeps the saved area; a row
// that names municipios replaces it with them.
import type { Polygon } from 'geojson';

export function keepDrawnArea(
  raw: Record<string, unknown>,
  saved: { territory: { area: Polygon | null } } | null | undefined
): Record<string, unknown> {
  const t = (raw.territory ?? {}) as { municipios?: unknown; area?: unknown };
  const named = Array.isArray(t.municipios) && t.municipios.length > 0;
  if (!saved?.territory.area || named) return raw;
  return { ...raw, territory: { ...t, municipios: [], area: saved.territory.area } };
}
