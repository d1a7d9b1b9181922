// What the anexo 2 pre-fill reads about a district — only what the platform has computed, so that
// every figure in the table has a source — and the row it writes. The browser's district
// workspace and the Node assembler (node/district-facts.ts) fill the same shape.
import type { Anexo2AspectId, PegComponent } from './anexo2-aspects';
import type { ConstraintMatrix } from './constraint-matrix';
import type { ConsultaScreen } from './consulta-previa-screen';

/**
 * The part of `DistrictProfile` (queries/district-profile.ts) the anexo reads; a DistrictProfile is
 * one. Restated here because the domain may not import from data/ (eslint).
 */
export interface ProfileFacts {
  municipios: {
    code: string;
    name: string;
    population: number | null;
    nbi: number | null;
    pdetSubregion: string | null;
  }[];
  areaKm2: number;
  population: { latestYear: number; latest: number; changePct: number | null; changeFrom: number };
  nbi: { weightedPct: number | null; year: number; missing: string[] };
  pdet: {
    municipios: number;
    areaShare: number;
    subregions: { name: string; municipios: string[] }[];
  };
  idf: { categories: { category: string; count: number }[]; missing: string[] };
  /** Codes asked for that are not municipios of the MGN 2018. */
  unknown: string[];
}

/** NBI components and IDF scores of the bundled DANE and DNP tables (queries/district-indicators.ts). */
export interface IndicatorFacts {
  /** NBI components, CNPV 2018, weighted by the 2018 population like the NBI itself. */
  nbiComponents: { label: string; weightedPct: number | null }[];
  /** DNP IDF 2023 score (0–100) and range per municipio; null where the DNP gives none. */
  idf: { code: string; score: number | null; range: string | null }[];
}

/** A layer loaded in the analysis (bundled or imported), with its provenance. */
export interface FactLayer {
  id: string;
  title: string;
  /** Catalog kind: límites, étnico, ambiental, minero, socioeconómico, ordenamiento. */
  kind: string;
  producer: string;
  /** Version or cut-off date. */
  cutoff: string;
  /** What the layer cannot say (the catalog's caveat, e.g. a regional sample). */
  caveat?: string;
  /** The catalog's missing layer this one stands for (an imported ANT resguardos file covers
   * `resguardos_nacional`). */
  covers?: string;
}

/** An official layer that decides a delimitation and is not loaded (catalog MISSING_LAYERS). */
export interface MissingLayerFact {
  id: string;
  title: string;
  kind: string;
  producer: string;
  where: string;
}

/** A raster summarised per municipio (import/raster-table.ts), keyed by DANE code. */
export interface RasterFacts {
  title: string;
  columns: string[];
  rows: ReadonlyMap<string, Record<string, string>>;
  /** The aspect it speaks to; land cover and soils by default (condiciones agropecuarias). */
  aspect?: Anexo2AspectId;
  /** Categorical rasters: what each class value means (a bundled raster documents them). */
  classNames?: Readonly<Record<string, string>>;
}

/**
 * Mining titles of a loaded minero layer whose features carry modalidad and mineral (the ANM
 * schema TMIN19ANMIMULKV1: MODALIDADE, MINERALES), overlapping the district. Filled only when
 * such a layer is loaded; without it the row lists the titles as missing.
 */
export interface TitleFacts {
  layer: string;
  byModalidad: { name: string; titles: number; ha: number }[];
  byMineral: { name: string; titles: number; ha: number }[];
}

export interface DistrictFacts {
  name: string;
  profile: ProfileFacts;
  /** Null when the indicator tables are not loaded. */
  indicators: IndicatorFacts | null;
  matrix: ConstraintMatrix;
  /** Consulta previa pre-screen per municipio and for the whole district. */
  screens: ConsultaScreen[];
  district: ConsultaScreen;
  bufferKm: number;
  /** People (pueblo) of each ethnic feature, by layer id then feature, when the layer says. */
  people?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  layers: FactLayer[];
  missingLayers: MissingLayerFact[];
  rasters?: RasterFacts[];
  titles?: TitleFacts[];
}

export type Sufficiency = 'sí' | 'parcialmente' | 'no';

/** One row of the anexo 2: pre-filled by the platform, the last three fields by the mesas. */
export interface Anexo2Row {
  aspect: Anexo2AspectId;
  title: string;
  entity: string;
  components: PegComponent[];
  /** «Aspecto del análisis de dinámicas»: figures with their source and year. Never empty. */
  aspecto: string;
  /** «Información faltante»: what the loaded data cannot say. */
  missing: string[];
  respuesta: string;
  suficiente: Sufficiency | null;
  propuestas: string;
}
