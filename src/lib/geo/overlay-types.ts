// Inputs and results of the overlay engine. Result field names follow the CLI's JSON contract.
import type { MultiPolygon, Polygon } from 'geojson';
import type { SliverThreshold } from './sliver-threshold';

export interface OverlayFeature {
  id: string;
  geometry: Polygon | MultiPolygon;
}

export interface OverlayPair {
  municipio: string;
  feature: string;
  overlap_ha: number;
  pct_of_municipio: number;
  pct_of_feature: number;
  borde: boolean;
  /** The intersection itself, only when asked for (`withGeometry`). */
  geometry?: MultiPolygon;
}

export interface MunicipioCoverage {
  code: string;
  /** Union of every feature's overlap: features that overlap each other count once. */
  overlap_ha: number;
  pct: number;
}

export interface RepairNote {
  feature: string;
  reason: string;
}

export interface OverlayResult {
  pairs: OverlayPair[];
  municipios: MunicipioCoverage[];
  repaired: RepairNote[];
  warnings: string[];
}

export interface OverlayOptions {
  sliver?: SliverThreshold;
  withGeometry?: boolean;
}
