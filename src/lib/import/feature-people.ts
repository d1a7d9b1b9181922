// People (pueblo) of each feature of an imported ethnic layer, by its key field, when the layer has
// a PUEBLO field (the ANT and Ministerio del Interior schemas); empty otherwise.
import type { GeoJsonProperties } from 'geojson';

/** `features`: GeoJSON features, or any rows given as `{ properties }` (a team layer's table). */
export function featurePeople(
  features: readonly { properties: GeoJsonProperties }[],
  keyField: string
): Map<string, string> {
  const field = Object.keys(features[0]?.properties ?? {}).find((k) => /^pueblo$/i.test(k));
  if (!field) return new Map();
  return new Map(
    features.map((f) => [String(f.properties?.[keyField]), String(f.properties?.[field] ?? '')])
  );
}
