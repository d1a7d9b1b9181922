// Criteria that justify including a municipio in a district (issue 5; the memoria justificativa's
// "estudios técnicos", guide §1.1 item 7), configurable per district and evaluated per municipio
// with pass / fail / no data and the evidence behind each verdict.
import type { MatrixCell } from './constraint-matrix';

export type InclusionCriterion =
  /** Some feature of the layer covers the municipio beyond border slivers (e.g. mining titles). */
  | { kind: 'layer_presence'; layer: string }
  /** The layer covers at least `minPct` % of the municipio (e.g. share of area titled). */
  | { kind: 'layer_share_min'; layer: string; minPct: number }
  /** The layer covers at most `maxPct` % (0: no overlap beyond slivers, e.g. a protected area category). */
  | { kind: 'layer_share_max'; layer: string; maxPct: number }
  | { kind: 'pdet' }
  /** NBI (CNPV 2018, % of persons) at or above `value`. */
  | { kind: 'nbi_min'; value: number }
  /** Connected to the rest of the district through shared borders. */
  | { kind: 'contiguous' };

export interface MunicipioFacts {
  code: string;
  name: string;
  department: string;
  pdet: string | null;
  nbi: number | null;
  contiguous: boolean;
  /** Constraint-matrix cells by layer id (absent: the layer is not loaded). */
  cells: Record<string, MatrixCell>;
}

export interface CriterionResult {
  criterion: InclusionCriterion;
  /** null: the data to decide is not loaded. */
  pass: boolean | null;
  /** What was measured, in Spanish, with figures. */
  evidence: string;
}

const pct = (v: number) => `${v.toLocaleString('es-CO', { maximumFractionDigits: 1 })} %`;
const ha = (v: number) => `${v.toLocaleString('es-CO', { maximumFractionDigits: 0 })} ha`;

function layerResult(
  c: Extract<InclusionCriterion, { layer: string }>,
  f: MunicipioFacts,
  title: string
): CriterionResult {
  const cell = f.cells[c.layer];
  if (!cell) return { criterion: c, pass: null, evidence: `la capa «${title}» no está cargada` };
  const real = cell.features.filter((x) => !x.borde);
  const covered = `«${title}» cubre ${ha(cell.ha)} (${pct(cell.pct)} del municipio)`;
  if (c.kind === 'layer_presence') {
    const names = real.slice(0, 3).map((x) => x.feature);
    return {
      criterion: c,
      pass: real.length > 0,
      evidence: real.length
        ? `${covered}: ${real.length} elemento(s), entre ellos ${names.join(', ')}`
        : `sin elementos de «${title}» más allá de franjas de borde`
    };
  }
  if (c.kind === 'layer_share_min')
    return {
      criterion: c,
      pass: cell.pct >= c.minPct,
      evidence: `${covered}; mínimo exigido ${pct(c.minPct)}`
    };
  const share = real.length ? cell.pct : 0;
  return {
    criterion: c,
    pass: share <= c.maxPct,
    evidence: real.length
      ? `${covered}; máximo admitido ${pct(c.maxPct)}`
      : `sin superposición con «${title}»`
  };
}

export function evaluateCriterion(
  c: InclusionCriterion,
  f: MunicipioFacts,
  layerTitle: (id: string) => string
): CriterionResult {
  switch (c.kind) {
    case 'layer_presence':
    case 'layer_share_min':
    case 'layer_share_max':
      return layerResult(c, f, layerTitle(c.layer));
    case 'pdet':
      return {
        criterion: c,
        pass: f.pdet !== null,
        evidence: f.pdet ? `municipio PDET, subregión ${f.pdet}` : 'no es municipio PDET'
      };
    case 'nbi_min':
      return f.nbi === null
        ? { criterion: c, pass: null, evidence: 'sin dato de NBI' }
        : {
            criterion: c,
            pass: f.nbi >= c.value,
            evidence: `NBI (CNPV 2018) de ${pct(f.nbi)}, umbral ${pct(c.value)}`
          };
    case 'contiguous':
      return {
        criterion: c,
        pass: f.contiguous,
        evidence: f.contiguous
          ? 'limita con otros municipios del distrito'
          : 'no limita con el resto del distrito'
      };
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The well-formed criteria of a saved configuration (anything else is dropped). */
export function parseCriteria(raw: readonly unknown[]): InclusionCriterion[] {
  return raw.flatMap((r): InclusionCriterion[] => {
    const c = r as Record<string, unknown>;
    const layer = typeof c.layer === 'string' ? c.layer : null;
    switch (c?.kind) {
      case 'pdet':
      case 'contiguous':
        return [{ kind: c.kind }];
      case 'nbi_min':
        return finite(c.value) ? [{ kind: 'nbi_min', value: c.value }] : [];
      case 'layer_presence':
        return layer ? [{ kind: 'layer_presence', layer }] : [];
      case 'layer_share_min':
        return layer && finite(c.minPct)
          ? [{ kind: 'layer_share_min', layer, minPct: c.minPct }]
          : [];
      case 'layer_share_max':
        return layer && finite(c.maxPct)
          ? [{ kind: 'layer_share_max', layer, maxPct: c.maxPct }]
          : [];
      default:
        return [];
    }
  });
}
