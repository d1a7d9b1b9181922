// The planner's groups as rows to show or export: a label, the municipios (by name) and what the
// grouping read — mean NBI, PDET municipios and mining titles when known.
import type { MesaPlan, PlannerMunicipio } from './mesa-planner';

export interface MesaPlanRow {
  /** «Mesa zonal 1» or «Mesa regional 2». */
  label: string;
  /** Members ordered by name (Spanish collation); unknown codes keep the code as name. */
  members: PlannerMunicipio[];
  /** Unweighted mean of the members' NBI, %; null when none has one. */
  nbiMean: number | null;
  pdet: number;
  /** Sum of the members' mining titles; null when no member has the count. */
  titles: number | null;
}

export function mesaPlanRows(
  plan: MesaPlan,
  municipios: readonly PlannerMunicipio[]
): MesaPlanRow[] {
  const byCode = new Map(municipios.map((m) => [m.code, m]));
  const kind = plan.mode === 'zonal' ? 'zonal' : 'regional';
  return plan.groups.map((codes, i) => {
    const members = codes
      .map((code) => byCode.get(code) ?? { code, name: code, nbi: null, pdet: false })
      .sort((a, b) => a.name.localeCompare(b.name, 'es') || a.code.localeCompare(b.code));
    const nbi = members.flatMap((m) => (m.nbi === null ? [] : [m.nbi]));
    const titled = members.flatMap((m) => (m.titles == null ? [] : [m.titles]));
    return {
      label: `Mesa ${kind} ${i + 1}`,
      members,
      nbiMean: nbi.length ? nbi.reduce((a, b) => a + b, 0) / nbi.length : null,
      pdet: members.filter((m) => m.pdet).length,
      titles: titled.length ? titled.reduce((a, b) => a + b, 0) : null
    };
  });
}
