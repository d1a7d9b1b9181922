// The nouns of the layer catalog: a bundled layer with its provenance, and an official layer not
// shipped.
export type LayerKind =
  'límites' | 'étnico' | 'ambiental' | 'minero' | 'socioeconómico' | 'ordenamiento';

export interface LayerSource {
  repository: string;
  path: string;
  commit: string;
  /** File under sources/ that build-data reads (a folder when the layer merges several files). */
  raw: string;
}

export interface BundledLayer {
  id: string;
  /** DuckDB table name and data/<id>.arrow file. */
  table: string;
  title: string;
  kind: LayerKind;
  producer: string;
  version: string;
  license: string;
  source: LayerSource;
  caveats: string;
  /** Rows the build must produce; a mismatch fails the build. */
  featureCount: number;
  /** Point: a table with one point per row (a centroid), drawn on the map, never cut. */
  geometryType: 'Polygon/MultiPolygon' | 'Point' | null;
  keyField: string;
  /** Loaded when a district, the matrix or a toggle needs it, not when the analysis starts. */
  onDemand?: true;
}

export interface MissingLayer {
  id: string;
  title: string;
  kind: LayerKind;
  producer: string;
  where: string;
}
