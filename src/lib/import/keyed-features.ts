// Imported features as overlay input, identified by the layer's key field; a feature without a
// key value gets «#n» (its position) and a warning.
import type { Feature, Geometry } from 'geojson';
import type { WireFeature } from '../geo/overlay-session';

export function keyedFeatures(
  features: Feature<Geometry | null>[],
  key: string
): { features: WireFeature[]; warnings: string[] } {
  const warnings: string[] = [];
  const out = features.map((f, i) => {
    const value: unknown = f.properties?.[key];
    const geometry = f.geometry as WireFeature['geometry'];
    if (value === null || value === undefined || value === '') {
      warnings.push(`Elemento ${i + 1} sin valor en «${key}»; se identifica como «#${i + 1}».`);
      return { id: `#${i + 1}`, geometry };
    }
    return { id: String(value), geometry };
  });
  return { features: out, warnings };
}
