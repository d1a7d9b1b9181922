// The version of a polygon, point or line layer (not a table): the imported layer's polygons made
// valid with GEOS (repairs reported), its points and lines stored as they are (rounded, never
// repaired: the overlays do not cross them, which a warning says), other features left out and
// reported. The rows keep the file's order; a layer with none of them usable is refused.
import type { TeamLayerRepair } from '../domain/model/team-layer';
import { arrowIpc } from '../export/arrow-ipc';
import type { GeosRuntime } from '../geo/geos-runtime';
import { ImportError } from '../import/import-error';
import type { ImportedLayer } from '../import/imported-layer';
import { matchPreset } from '../import/layer-presets';
import { attributeColumns } from './attribute-columns';
import { isPointLine, pointLineGeometry } from './point-line-geometry';
import { repairPolygons } from './repair-polygons';
import { storedGeometryColumns, type StoredGeometry } from './stored-geometry-columns';

export interface GeometryVersion {
  data: Uint8Array;
  feature_count: number;
  key_field: string;
  /** The known schema's title, if the fields match one. */
  title?: string;
  repairs: TeamLayerRepair[];
  warnings: string[];
}

const list = (keys: readonly string[]) =>
  keys
    .slice(0, 5)
    .map((k) => `«${k}»`)
    .join(', ') + (keys.length > 5 ? '…' : '');

export function geometryVersion(
  layer: ImportedLayer,
  geos: GeosRuntime,
  keyField?: string
): GeometryVersion {
  const preset = matchPreset(layer.fields);
  const key = keyField ?? preset?.keyField;
  if (!key || !layer.fields.includes(key))
    throw new ImportError(
      layer.name,
      `${key ? `no tiene el campo clave «${key}»` : 'falta el campo clave'}; elija uno de: ${layer.fields.join(', ') || '(ninguno)'}.`
    );
  const keyOf = (i: number) => {
    const v: unknown = layer.features[i]?.properties?.[key];
    return v === null || v === undefined || v === '' ? `#${i + 1}` : String(v);
  };
  const kept = new Map<number, StoredGeometry>();
  const warnings = [...layer.warnings];
  const areal: number[] = [];
  const pointLine: string[] = [];
  layer.features.forEach((f, i) => {
    const g = f.geometry;
    if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') return areal.push(i);
    const usable = g && isPointLine(g) ? pointLineGeometry(g) : null;
    if (!usable)
      return warnings.push(
        `«${keyOf(i)}»: sin geometría utilizable (${g?.type ?? 'vacía'}); se omite.`
      );
    kept.set(i, usable);
    pointLine.push(keyOf(i));
  });
  const fixed = repairPolygons(
    geos,
    areal.map((i) => layer.features[i]!),
    (j) => keyOf(areal[j]!)
  );
  fixed.kept.forEach((j, n) => kept.set(areal[j]!, fixed.geometries[n]!));
  warnings.push(...fixed.warnings);
  if (kept.size === 0)
    throw new ImportError(
      layer.name,
      'no tiene geometrías utilizables (polígonos, puntos o líneas); no se guardó nada.'
    );
  if (pointLine.length)
    warnings.push(
      `${pointLine.length} de ${kept.size} elementos son puntos o líneas (${list(pointLine)}): puntos y líneas se muestran en el mapa pero no se cruzan con los municipios (no cuentan en la matriz, las superposiciones ni la consulta previa).`
    );
  const order = [...kept.keys()].sort((a, b) => a - b);
  const keys = order.map(keyOf);
  const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (repeated.length)
    warnings.push(
      `${repeated.length} valores repetidos en «${key}»: ${[...new Set(repeated)].slice(0, 5).join(', ')}.`
    );
  const rows = order.map((i) => layer.features[i]?.properties ?? {});
  const columns = attributeColumns(rows, layer.fields, warnings);
  return {
    data: arrowIpc(
      storedGeometryColumns(
        order.map((i) => kept.get(i)!),
        columns
      )
    ),
    feature_count: order.length,
    key_field: key,
    ...(preset ? { title: preset.title } : {}),
    repairs: fixed.repairs,
    warnings
  };
}
