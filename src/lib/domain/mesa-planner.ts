// Thematic/zonal mesa planner (guide §2.3.3): a district of up to five municipios gets one zonal
// mesa per municipio; a larger one gets regional mesas of neighbouring municipios that share
// conditions. Regional groups come from constrained agglomerative clustering: every municipio
// starts alone and the two *adjacent* groups whose merge adds the least within-group variance of
// the indicators (Ward's criterion on standardised NBI, PDET and, when given, mining titles) are
// merged until the target number of groups remains. Groups stay contiguous by construction; Ward
// keeps them balanced. The guide's own groupings are a check, not an input.

import { MAX_MESAS } from './thematic-mesas';

export interface PlannerMunicipio {
  code: string;
  name: string;
  nbi: number | null;
  pdet: boolean;
  /** Mining titles in force, when the ANM layer is loaded. */
  titles?: number | null;
}

export interface MesaPlan {
  mode: 'zonal' | 'regional';
  groups: string[][];
  /** Why the plan looks like this (Spanish). */
  notes: string[];
}

type Vector = number[];

/** Indicator vectors standardised per column (mean 0, sd 1; a constant column is dropped). */
function standardise(rows: PlannerMunicipio[]): Vector[] {
  const columns: (number | null)[][] = [rows.map((r) => r.nbi), rows.map((r) => (r.pdet ? 1 : 0))];
  if (rows.some((r) => r.titles != null)) columns.push(rows.map((r) => Math.log1p(r.titles ?? 0)));
  const kept = columns.flatMap((col) => {
    const known = col.filter((v): v is number => v !== null);
    if (!known.length) return [];
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    const sd = Math.sqrt(known.reduce((a, b) => a + (b - mean) ** 2, 0) / known.length);
    return sd > 0 ? [col.map((v) => ((v ?? mean) - mean) / sd)] : [];
  });
  return rows.map((_, i) => kept.map((col) => col[i]!));
}

interface Cluster {
  members: number[];
  centroid: Vector;
}

const wardCost = (a: Cluster, b: Cluster) => {
  const d2 = a.centroid.reduce((s, v, i) => s + (v - b.centroid[i]!) ** 2, 0);
  return ((a.members.length * b.members.length) / (a.members.length + b.members.length)) * d2;
};

/** Default number of regional mesas: about three and a half municipios each, 2 to 5. */
export const defaultGroupCount = (n: number): number =>
  Math.min(MAX_MESAS, Math.max(2, Math.round(n / 3.5)));

/** Numbers of regional mesas a user may ask for: 2 up to 5 (guide: at most 4–5), fewer than n. */
export const groupCountRange = (n: number): { min: number; max: number } => ({
  min: 2,
  max: Math.max(2, Math.min(MAX_MESAS, n - 1))
});

export function planMesas(
  municipios: readonly PlannerMunicipio[],
  adjacency: ReadonlyMap<string, readonly string[]>,
  groupCount?: number
): MesaPlan {
  const rows = [...municipios];
  if (rows.length <= MAX_MESAS)
    return {
      mode: 'zonal',
      groups: rows.map((m) => [m.code]),
      notes: ['Distrito de hasta cinco municipios: una mesa zonal por municipio (guía §2.3.3).']
    };
  const k = groupCount ?? defaultGroupCount(rows.length);
  const index = new Map(rows.map((m, i) => [m.code, i]));
  const x = standardise(rows);
  let clusters: Cluster[] = rows.map((_, i) => ({ members: [i], centroid: x[i]! }));
  const touches = (a: Cluster, b: Cluster) =>
    a.members.some((i) =>
      (adjacency.get(rows[i]!.code) ?? []).some((c) => b.members.includes(index.get(c) ?? -1))
    );
  const notes: string[] = [];
  // Balance: no mesa larger than an even share plus one, while a smaller merge exists.
  const cap = Math.ceil(rows.length / k) + 1;
  while (clusters.length > k) {
    let best: [number, number, number] | null = null;
    for (const capped of [true, false]) {
      for (let i = 0; i < clusters.length; i++)
        for (let j = i + 1; j < clusters.length; j++) {
          const [a, b] = [clusters[i]!, clusters[j]!];
          if (capped && a.members.length + b.members.length > cap) continue;
          if (!touches(a, b)) continue;
          const cost = wardCost(a, b);
          if (!best || cost < best[2]) best = [i, j, cost];
        }
      if (best) break;
    }
    if (!best) {
      notes.push(
        `Los municipios forman ${clusters.length} grupos sin vecinos entre sí: no se pueden unir en ${k} mesas regionales contiguas.`
      );
      break;
    }
    const [a, b] = [clusters[best[0]]!, clusters[best[1]]!];
    const members = [...a.members, ...b.members];
    const centroid = a.centroid.map(
      (v, d) => (v * a.members.length + b.centroid[d]! * b.members.length) / members.length
    );
    clusters = clusters.filter((_, i) => i !== best[0] && i !== best[1]);
    clusters.push({ members, centroid });
  }
  const groups = clusters
    .map((c) => c.members.map((i) => rows[i]!.code).sort())
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  notes.unshift(
    `Distrito de más de cinco municipios: ${groups.length} mesas regionales de municipios vecinos, agrupados por NBI, PDET${rows.some((r) => r.titles != null) ? ' y títulos mineros' : ''} (guía §2.3.3).`
  );
  return { mode: 'regional', groups, notes };
}

/**
 * Agreement between two partitions of the same municipios: the share of municipio pairs both
 * put together or both keep apart (Rand index, 1 = identical).
 */
export function randIndex(a: readonly string[][], b: readonly string[][]): number {
  const label = (p: readonly string[][]) => new Map(p.flatMap((g, i) => g.map((c) => [c, i])));
  const [la, lb] = [label(a), label(b)];
  const codes = [...la.keys()].filter((c) => lb.has(c));
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < codes.length; i++)
    for (let j = i + 1; j < codes.length; j++) {
      pairs++;
      const [ci, cj] = [codes[i]!, codes[j]!];
      if ((la.get(ci) === la.get(cj)) === (lb.get(ci) === lb.get(cj))) agree++;
    }
  return pairs ? agree / pairs : 1;
}
