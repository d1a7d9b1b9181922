// Section 6 of the memoria justificativa, «Impacto medioambiental o sobre el patrimonio cultural
// de la Nación» (guide §1.1 item 6): the district's overlaps with the environmental layers loaded
// (protected areas, páramos, forest reserve…), per municipio, and — never left blank — the
// official layers not loaded, so no overlap can be read as "none". The assessment itself (does the
// resolution have an impact, negative or positive?) is left to the responsible Dirección.
import { matrixFeatureName } from '../domain/matrix-feature-name';
import { esHa, esNumber, esPct, titleCase } from '../domain/anexo2-format';
import { layerLines, sourceOf } from '../domain/anexo2-layer-text';
import { bullets, heading, para, table, toWrite, type Block } from './docx-blocks';
import type { MemoriaCounters, MemoriaInput } from './memoria-input';

const AMBIENTAL_TITLE = '6. Impacto medioambiental o sobre el patrimonio cultural de la Nación';

export function ambiental({ facts }: MemoriaInput, n: MemoriaCounters): Block[] {
  const layers = facts.matrix.layers.filter((l) => l.kind === 'ambiental');
  const { missing } = layerLines(facts, 'bioculturales');
  const out: Block[] = [
    heading(AMBIENTAL_TITLE, 1, true),
    para(
      'La plataforma cruza los municipios del distrito con las capas ambientales cargadas: el área de cada municipio cubierta por áreas protegidas, páramos, reserva forestal u otras áreas de especial importancia ecosistémica (la unión de los elementos de cada capa, con el área geodésica). Las áreas protegidas del RUNAP se leen además de su reporte oficial por municipio: hectáreas que da Parques Nacionales Naturales, no calculadas por la plataforma.'
    ),
    heading('6.1 Áreas protegidas, páramos y otras capas ambientales', 2)
  ];
  if (!layers.length)
    out.push(
      para(
        'Sin capas ambientales cargadas: la plataforma no puede establecer traslapes del distrito con áreas protegidas, páramos ni reserva forestal.'
      )
    );
  for (const l of layers) {
    const meta = facts.layers.find((x) => x.id === l.id);
    const official = l.basis === 'official';
    const hit = facts.matrix.rows.filter((r) => (r.cells[l.id]?.ha ?? 0) > 0);
    const all = `los ${esNumber(facts.matrix.rows.length)} municipios del distrito`;
    if (!hit.length) {
      const none = official ? `ninguna área registrada en ${all}` : `sin traslape con ${all}`;
      out.push(para(`«${l.title}» (${sourceOf(meta)}): ${none}.`));
      continue;
    }
    const rows = hit.map((r) => {
      const c = r.cells[l.id]!;
      const names = c.features.map(
        (f) => `${matrixFeatureName(f)}${f.borde ? ' (franja de borde)' : ''}`
      );
      return [titleCase(r.name), esHa(c.ha), esPct(c.pct), names.join('\n')];
    });
    out.push(
      ...table(
        n,
        official
          ? `Áreas protegidas por municipio según el reporte oficial «${l.title}» (${sourceOf(meta)}); cifras de RUNAP, no recalculadas: las áreas que se superponen suman dos veces.`
          : `Traslape de los municipios con «${l.title}» (${sourceOf(meta)}).`,
        ['Municipio', 'Área', '% del municipio', official ? 'Áreas (categoría)' : 'Elementos'],
        rows,
        { right: [1, 2] }
      )
    );
  }
  if (missing.length)
    out.push(
      para('Capas que faltan y límites de las cargadas:', { italics: true }),
      ...bullets(missing)
    );
  out.push(
    heading('6.2 Patrimonio cultural de la Nación', 2),
    para(
      'La plataforma no tiene capas de patrimonio cultural ni arqueológico: no puede señalar bienes de interés cultural ni áreas arqueológicas en el distrito. La presencia de comunidades étnicas se trata en el pre-análisis de consulta previa (sección 7.2).'
    ),
    ...toWrite(
      '[Valoración a cargo de la Dirección responsable]',
      'Indicar si el proyecto de resolución genera o no algún impacto, negativo o positivo, sobre el componente ambiental o sobre el patrimonio cultural de la Nación (guía metodológica, §1.1, numeral 6).'
    )
  );
  return out;
}
