// What the DANCP evidence pack (evidence-pack.ts) is built from: everything already computed by
// the district workspace, passed in whole so the pack is a pure function of it.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ConsultaScreen } from '../domain/consulta-previa-screen';
import type { SliverThreshold } from '../geo/sliver-threshold';
import type { ExportProvenance } from './layer-geojson';

export interface PackMunicipio {
  code: string;
  name: string;
  department: string;
}

/** One ethnic feature behind a flag. */
export interface PackEthnicFeature {
  /** Layer id and feature key, as the screens' evidence names them. */
  layer: string;
  key: string;
  layerTitle: string;
  /** Lon/lat, with the layer's own attributes. */
  feature: Feature<Polygon | MultiPolygon>;
}

/** An official ethnic layer that was not loaded (catalog MISSING_LAYERS). */
export interface PackMissingLayer {
  title: string;
  producer: string;
  where: string;
}

export interface EvidencePackInput {
  district: { id: string; name: string; municipios: PackMunicipio[] };
  /** The union of the municipios, lon/lat. */
  districtPolygon: Polygon | MultiPolygon;
  /** Lon/lat; properties `code`, `name`, `department`. */
  municipioFeatures: Feature<Polygon | MultiPolygon>[];
  ethnicFeatures: PackEthnicFeature[];
  screens: { district: ConsultaScreen; municipios: ConsultaScreen[] };
  /** People (pueblo) by layer id, then feature key. */
  people?: Map<string, Map<string, string>>;
  bufferKm: number;
  sliver: SliverThreshold;
  /** Provenance of every ethnic layer checked. */
  sources: ExportProvenance[];
  missing: PackMissingLayer[];
  /** ISO date-time of the pack (passed in: the pack never reads the clock). */
  generatedAt: string;
}
