// Joins the results of overlays run on disjoint sets of municipios (one per worker) into one,
// sorted by municipio and feature, with repeated repair notes and warnings kept once.
import type { OverlayResult } from './overlay-types';

export function mergeOverlayResults(parts: OverlayResult[]): OverlayResult {
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const repaired = new Map<string, OverlayResult['repaired'][number]>();
  for (const p of parts)
    for (const r of p.repaired) repaired.set(`${r.feature}\u0000${r.reason}`, r);
  return {
    pairs: parts
      .flatMap((p) => p.pairs)
      .sort((a, b) => byCode(a.municipio, b.municipio) || byCode(a.feature, b.feature)),
    municipios: parts.flatMap((p) => p.municipios).sort((a, b) => byCode(a.code, b.code)),
    repaired: [...repaired.values()],
    warnings: [...new Set(parts.flatMap((p) => p.warnings))]
  };
}
