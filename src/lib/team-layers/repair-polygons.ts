// The polygons of an imported layer made valid with GEOS MakeValid (as the overlay engine does),
// each repair reported with GEOS's reason; a feature without a usable polygon is left out and
// reported. Returns the kept features' positions and geometries.
import type { Feature, Geometry } from 'geojson';
import type { TeamLayerRepair } from '../domain/model/team-layer';
import type { Areal } from '../export/polygon-columns';
import { readPolygons } from '../geo/geos-read';
import type { GeosRuntime } from '../geo/geos-runtime';
import { writeGeometry } from '../geo/geos-write';
import { repairGeometry } from '../geo/repair-geometry';

export interface RepairedPolygons {
  kept: number[];
  geometries: Areal[];
  repairs: TeamLayerRepair[];
  warnings: string[];
}

export function repairPolygons(
  { geos, takeMessage }: GeosRuntime,
  features: readonly Feature<Geometry | null>[],
  label: (i: number) => string
): RepairedPolygons {
  const out: RepairedPolygons = { kept: [], geometries: [], repairs: [], warnings: [] };
  features.forEach((f, i) => {
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') {
      out.warnings.push(
        `«${label(i)}»: sin geometría poligonal (${g?.type ?? 'vacía'}); se omite.`
      );
      return;
    }
    const notes: string[] = [];
    const written = writeGeometry(geos, g, notes);
    if (!written) {
      out.warnings.push(
        `«${label(i)}»: geometría imposible de construir (${takeMessage() ?? 'anillo inválido'}); se omite.`
      );
      return;
    }
    const fix = repairGeometry(geos, written);
    const reasons = [...new Set(notes), ...(fix.reason ? [fix.reason] : [])];
    const geometry: Areal = fix.reason ? readPolygons(geos, fix.geometry) : g;
    geos.GEOSGeom_destroy(fix.geometry);
    if (geometry.coordinates.length === 0) {
      out.warnings.push(`«${label(i)}»: geometría sin área tras repararla; se omite.`);
      return;
    }
    if (reasons.length) out.repairs.push({ feature: label(i), reason: reasons.join('; ') });
    out.kept.push(i);
    out.geometries.push(geometry);
  });
  return out;
}
