// The annex of the memoria justificativa, «Anexo: fuentes y fechas de corte»: every layer loaded
// in the analysis (bundled or imported) with its producer, version or cut-off date and its known
// limits, and the official layers that decide a delimitation and are not loaded.
import { esNumber } from '../domain/anexo2-format';
import { heading, para, table, type Block } from './docx-blocks';
import type { MemoriaCounters, MemoriaInput } from './memoria-input';

const ANNEX_TITLE = 'Anexo: fuentes y fechas de corte';

export function annex({ facts }: MemoriaInput, n: MemoriaCounters): Block[] {
  const covered = new Set(facts.layers.flatMap((l) => l.covers ?? []));
  const missing = facts.missingLayers.filter((m) => !covered.has(m.id));
  const out: Block[] = [
    heading(ANNEX_TITLE, 1, true),
    para(
      `Capas cargadas en Atlas DMEDP para este borrador (${esNumber(facts.layers.length)}): de ellas salen todas las cifras, tablas y figuras del documento.`
    ),
    ...table(
      n,
      'Capas cargadas: productor, versión o fecha de corte y límites conocidos.',
      ['Capa', 'Tipo', 'Productor', 'Versión o fecha de corte', 'Límites'],
      facts.layers.map((l) => [l.title, l.kind, l.producer, l.cutoff, l.caveat ?? '—'])
    )
  ];
  if (missing.length)
    out.push(
      para(
        'Capas oficiales que deciden una delimitación y no están cargadas: lo que dependa de ellas no aparece en este borrador y no debe leerse como ausencia.'
      ),
      ...table(
        n,
        'Capas oficiales no cargadas.',
        ['Capa', 'Tipo', 'Productor', 'Dónde se obtiene'],
        missing.map((m) => [m.title, m.kind, m.producer, m.where])
      )
    );
  return out;
}
