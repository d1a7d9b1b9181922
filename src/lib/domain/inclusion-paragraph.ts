// The justification paragraph of one municipio, in Spanish, ready to paste into the memoria
// justificativa: which criteria it meets, which it does not, and which could not be evaluated for
// lack of loaded data, each with its figures. It states facts; the decision stays with MME.
import type { CriterionResult, InclusionCriterion } from './inclusion-criteria';

const num = (v: number) => v.toLocaleString('es-CO', { maximumFractionDigits: 1 });

/** What a criterion asks, in Spanish. */
export function criterionLabel(c: InclusionCriterion, layerTitle: (id: string) => string): string {
  switch (c.kind) {
    case 'layer_presence':
      return `presencia de «${layerTitle(c.layer)}»`;
    case 'layer_share_min':
      return `al menos ${num(c.minPct)} % del área en «${layerTitle(c.layer)}»`;
    case 'layer_share_max':
      return c.maxPct === 0
        ? `sin superposición con «${layerTitle(c.layer)}»`
        : `como máximo ${num(c.maxPct)} % del área en «${layerTitle(c.layer)}»`;
    case 'pdet':
      return 'municipio PDET';
    case 'nbi_min':
      return `NBI de al menos ${num(c.value)} %`;
    case 'contiguous':
      return 'contigüidad con el resto del distrito';
  }
}

export function inclusionParagraph(
  m: { code: string; name: string; department: string },
  results: readonly CriterionResult[],
  layerTitle: (id: string) => string
): string {
  const head = `El municipio de ${m.name} (${m.department}, código DANE ${m.code})`;
  if (!results.length) return `${head} no tiene criterios de inclusión definidos para el distrito.`;
  const list = (pass: boolean | null) =>
    results
      .filter((r) => r.pass === pass)
      .map((r) => `${criterionLabel(r.criterion, layerTitle)} (${r.evidence})`)
      .join('; ');
  const met = results.filter((r) => r.pass === true).length;
  const evaluable = results.filter((r) => r.pass !== null).length;
  const parts = [
    `${head} cumple ${met} de ${evaluable} criterios de inclusión evaluables definidos para el distrito.`
  ];
  if (met) parts.push(`Cumple: ${list(true)}.`);
  if (met < evaluable) parts.push(`No cumple: ${list(false)}.`);
  if (evaluable < results.length)
    parts.push(`No se pudo evaluar, por falta de información cargada: ${list(null)}.`);
  return parts.join(' ');
}
