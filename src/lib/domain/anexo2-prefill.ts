// The anexo 2 (análisis de dinámicas, §2.2.2.1 item 10 of the guide) pre-filled for a district:
// the seven aspects in the guide's order, each with its responsible entity, PEG components, the
// «aspecto» written from the loaded data (figures with source and year) and the información
// faltante; the mesas' three columns start empty. Pure: it reads only the facts given.
import { ANEXO2_ASPECTS, type Anexo2AspectId } from './anexo2-aspects';
import { ethnicText } from './anexo2-ethnic';
import type { Anexo2Row, DistrictFacts } from './anexo2-facts';
import { socioeconomicText } from './anexo2-socioeconomic';
import { territoryText } from './anexo2-territory';

function aspectText(facts: DistrictFacts, id: Anexo2AspectId) {
  if (id === 'socioeconomica') return socioeconomicText(facts);
  if (id === 'etnica') return ethnicText(facts);
  return territoryText(facts, id);
}

export function prefillAnexo2(facts: DistrictFacts): Anexo2Row[] {
  return ANEXO2_ASPECTS.map((a) => {
    const { aspecto, missing } = aspectText(facts, a.id);
    return {
      aspect: a.id,
      title: a.title,
      entity: a.entity,
      components: [...a.components],
      aspecto,
      missing: [...new Set(missing)],
      respuesta: '',
      suficiente: null,
      propuestas: ''
    };
  });
}
