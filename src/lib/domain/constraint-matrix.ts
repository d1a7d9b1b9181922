// The constraint matrix of a district: one row per municipio, one column per loaded layer of a
// kind that constrains a delimitation (ambiental, étnico, minero, ordenamiento), each cell the
// area the layer's features cover in the municipio (features that overlap each other count once),
// its share of the municipio, and the features behind it. PDET is a column of flags, and so is each
// municipality list imported as a table keyed by DANE code (the ZOMAC list, Decreto 1650 de 2017).
// A layer with `basis: 'official'` is a producer's own accounting per municipio (RUNAP's report):
// its cells hold the official hectares, summed per feature, never an overlay.

export type ConstraintKind = 'ambiental' | 'étnico' | 'minero' | 'ordenamiento';

export const CONSTRAINT_KINDS: readonly ConstraintKind[] = [
  'ambiental',
  'étnico',
  'minero',
  'ordenamiento'
];

export interface MatrixLayer {
  id: string;
  title: string;
  kind: string;
  /** Official figures per municipio from the producer's table, not an overlay of polygons. */
  basis?: 'official';
}

export interface LayerCut {
  /** Every (municipio, feature) pair with its overlap. */
  pairs: {
    municipio: string;
    feature: string;
    overlap_ha: number;
    borde: boolean;
    /** The feature's category where the source gives one (RUNAP's categoría de manejo). */
    category?: string;
  }[];
  /** Covered area per municipio (union of the features). */
  municipios: { code: string; overlap_ha: number; pct: number }[];
}

export interface MatrixCell {
  ha: number;
  pct: number;
  /** Features behind the cell, largest overlap first; border slivers flagged. */
  features: { feature: string; ha: number; borde: boolean; category?: string }[];
}

export interface MatrixRow {
  code: string;
  name: string;
  department: string;
  pdet: string | null;
  cells: Record<string, MatrixCell>;
  /** Membership in each imported municipality list, by list id. */
  lists: Record<string, boolean>;
}

/** A list of municipios imported as a table (ZOMAC, for instance). */
export interface MunicipioList {
  id: string;
  title: string;
  codes: ReadonlySet<string>;
}

export interface ConstraintMatrix {
  layers: MatrixLayer[];
  lists: { id: string; title: string }[];
  rows: MatrixRow[];
}

export function constraintMatrix(
  municipios: readonly { code: string; name: string; department: string; pdet: string | null }[],
  layers: readonly MatrixLayer[],
  cuts: ReadonlyMap<string, LayerCut>,
  lists: readonly MunicipioList[] = []
): ConstraintMatrix {
  const used = layers.filter(
    (l) => (CONSTRAINT_KINDS as readonly string[]).includes(l.kind) && cuts.has(l.id)
  );
  const rows = municipios.map((m) => {
    const cells: Record<string, MatrixCell> = {};
    for (const l of used) {
      const cut = cuts.get(l.id)!;
      const cover = cut.municipios.find((c) => c.code === m.code);
      const features = cut.pairs
        .filter((p) => p.municipio === m.code && p.overlap_ha > 0)
        .map((p) => ({
          feature: p.feature,
          ha: p.overlap_ha,
          borde: p.borde,
          ...(p.category ? { category: p.category } : {})
        }))
        .sort((a, b) => b.ha - a.ha);
      cells[l.id] = { ha: cover?.overlap_ha ?? 0, pct: cover?.pct ?? 0, features };
    }
    const member = Object.fromEntries(lists.map((l) => [l.id, l.codes.has(m.code)]));
    return { ...m, cells, lists: member };
  });
  return { layers: used, lists: lists.map(({ id, title }) => ({ id, title })), rows };
}
