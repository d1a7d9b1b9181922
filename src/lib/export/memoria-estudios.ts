// Section 7 of the memoria justificativa, «Estudios técnicos que sustentan el proyecto normativo»
// (guide §1.1 item 7; Ley 2294 de 2023, art. 231): the constraint matrix (table, chart and the
// features behind each cell), the consulta previa pre-screen per municipio with its evidence and
// caveats, and the inclusion paragraph of each municipio. The UPME's diagnostic documents are
// listed by the Dirección in the box left for them.
import { esHa, esList, esNumber, esPct, titleCase } from '../domain/anexo2-format';
import { sourceOf } from '../domain/anexo2-layer-text';
import { FLAG_LABELS, type EthnicEvidence } from '../domain/consulta-previa-screen';
import { PROXIMITY_BUFFER_NOTE } from '../domain/proximity-buffer';
import {
  bullets,
  figure,
  heading,
  para,
  table,
  termPara,
  toWrite,
  type Block
} from './docx-blocks';
import type { MemoriaCounters, MemoriaInput } from './memoria-input';
import { recordEvidenceText } from '../domain/record-evidence-text';

const ESTUDIOS_TITLE = '7. Estudios técnicos que sustentan el proyecto normativo';

const cellText = (c: { ha: number; pct: number } | undefined) =>
  c && c.ha > 0 ? `${esPct(c.pct)}\n${esHa(c.ha)}` : '—';

function matrixBlocks({ facts, figures }: MemoriaInput, n: MemoriaCounters): Block[] {
  const { matrix } = facts;
  const out: Block[] = [
    heading('7.1 Matriz de restricciones', 2),
    para(
      'Para cada municipio y cada capa cargada de tipo ambiental, étnico, minero u ordenamiento: el área que cubren sus elementos (la unión, si se superponen entre sí) y su porcentaje del municipio. Los traslapes menores que el umbral de borde se señalan como franjas de borde: son diferencias entre fuentes, no presencia. La columna de áreas protegidas RUNAP da las cifras oficiales del reporte de RUNAP por municipio, sin cruce de polígonos: las áreas que se superponen entre sí suman dos veces.'
    )
  ];
  const header = [
    'Municipio',
    ...matrix.layers.map((l) => l.title),
    'PDET',
    ...matrix.lists.map((l) => l.title)
  ];
  const rows = matrix.rows.map((r) => [
    titleCase(r.name),
    ...matrix.layers.map((l) => cellText(r.cells[l.id])),
    r.pdet ? 'Sí' : 'No',
    ...matrix.lists.map((l) => (r.lists[l.id] ? 'Sí' : 'No'))
  ]);
  const sources = matrix.layers.map(
    (l) => `«${l.title}», ${sourceOf(facts.layers.find((x) => x.id === l.id))}`
  );
  out.push(
    ...table(
      n,
      'Matriz de restricciones: porcentaje y área de cada municipio cubierta por cada capa.',
      header,
      rows,
      { right: matrix.layers.map((_, i) => i + 1) }
    )
  );
  if (sources.length) out.push(para(`Fuentes: ${esList(sources)}.`, { italics: true }));
  if (figures.constraints && matrix.layers.length)
    out.push(
      ...figure(
        n,
        figures.constraints,
        'Porcentaje de cada municipio cubierto por cada capa',
        `${esList(sources)}; elaboración de Atlas DMEDP`
      )
    );
  const behind = matrix.rows.flatMap((r) =>
    matrix.layers.flatMap((l) => {
      const f = r.cells[l.id]?.features ?? [];
      if (!f.length) return [];
      const each = f.map(
        (x) =>
          `${x.feature} (${x.category ? `${x.category}, ` : ''}${esHa(x.ha)}${x.borde ? ', franja de borde' : ''})`
      );
      return [`${titleCase(r.name)}, «${l.title}»: ${esList(each)}.`];
    })
  );
  if (behind.length)
    out.push(para('Elementos detrás de cada celda:', { italics: true }), ...bullets(behind));
  return out;
}

function consultaBlocks({ facts }: MemoriaInput, n: MemoriaCounters): Block[] {
  const ethnic = facts.layers.filter((l) => l.kind === 'étnico');
  const covered = new Set(facts.layers.flatMap((l) => l.covers ?? []));
  const missing = facts.missingLayers.filter((m) => m.kind === 'étnico' && !covered.has(m.id));
  const km = esNumber(facts.bufferKm, Number.isInteger(facts.bufferKm) ? 0 : 1);
  const evidence = (e: EthnicEvidence) => {
    const people = facts.people?.get(e.layer)?.get(e.feature);
    const who = `${e.feature}${people ? ` (pueblo ${people})` : ''}`;
    if (e.record) return `${who}: ${recordEvidenceText(e.record)}`;
    if (e.overlap_ha === null) return `${who}: a ${esNumber(e.distance_km, 2)} km`;
    const share = e.pct_of_area === null ? '' : ` (${esPct(e.pct_of_area)})`;
    return `${who}: ${esHa(e.overlap_ha)}${share}${e.borde ? ', franja de borde' : ''}`;
  };
  const names = new Map(facts.matrix.rows.map((r) => [r.code, titleCase(r.name)]));
  const rows = facts.screens.map((s) => [
    names.get(s.code) ?? s.code,
    FLAG_LABELS[s.flag],
    s.evidence.map(evidence).join('\n') || '—'
  ]);
  return [
    heading('7.2 Pre-análisis de consulta previa', 2),
    para(
      ethnic.length
        ? `Contra ${esList(ethnic.map((l) => `«${l.title}» (${sourceOf(l)})`))}, con una distancia de proximidad de ${km} km, el distrito queda en «${FLAG_LABELS[facts.district.flag].toLowerCase()}».`
        : 'Sin capas étnicas cargadas: la plataforma no puede señalar superposición ni proximidad con territorios étnicos.'
    ),
    ...table(
      n,
      'Pre-análisis de consulta previa por municipio, con la evidencia de cada alerta.',
      ['Municipio', 'Resultado', 'Evidencia'],
      rows
    ),
    para(
      `Es un pre-análisis, no una decisión: la Dirección de la Autoridad Nacional de Consulta Previa (DANCP) decide por afectación directa, no por presencia (Corte Constitucional, sentencia SU-123/2018). «Sin registro en las capas cargadas» no significa que no haya comunidades. ${PROXIMITY_BUFFER_NOTE}`
    ),
    ...(missing.length
      ? [
          para('Capas étnicas oficiales no cargadas:', { italics: true }),
          ...bullets(missing.map((m) => `«${m.title}» (${m.producer}); se obtiene en: ${m.where}.`))
        ]
      : [])
  ];
}

export function estudios(input: MemoriaInput, n: MemoriaCounters): Block[] {
  return [
    heading(ESTUDIOS_TITLE, 1, true),
    para(
      'Esta sección da cuenta de los análisis técnicos con que se identifica, prioriza y delimita el distrito, en cumplimiento del artículo 231 de la Ley 2294 de 2023: los cruces geográficos de la plataforma y la justificación de inclusión de cada municipio.'
    ),
    ...toWrite(
      '[Relacionar los documentos diagnósticos de la UPME y del Ministerio de Minas y Energía]',
      'Documentos diagnósticos realizados para la identificación, priorización y delimitación del distrito (guía metodológica, §1.1, numeral 7).'
    ),
    ...matrixBlocks(input, n),
    ...consultaBlocks(input, n),
    heading('7.3 Justificación de inclusión de cada municipio', 2),
    ...input.facts.matrix.rows.map((r) =>
      termPara(titleCase(r.name), input.inclusion[r.code] ?? 'Sin párrafo de justificación.')
    )
  ];
}
