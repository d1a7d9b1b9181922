// Anexo 2, «Presencia de pueblos indígenas, comunidades negras…» (Ministerio del Interior): the
// consulta previa pre-screen of each municipio and of the district against the ethnic layers
// loaded, with its evidence, plus the zonas de reserva campesina the guide lists here. A flag is
// never a decision, and no record in the loaded layers is never "no communities".
import type { DistrictFacts } from './anexo2-facts';
import { esHa, esList, esNumber, esPct, titleCase } from './anexo2-format';
import { layerLines, sourceOf } from './anexo2-layer-text';
import { FLAG_LABELS, type ConsultaScreen, type EthnicEvidence } from './consulta-previa-screen';
import { PROXIMITY_BUFFER_NOTE } from './proximity-buffer';
import { recordEvidenceText } from './record-evidence-text';

const NOTE =
  'Es un pre-análisis, no una decisión: la DANCP decide por afectación directa (Corte Constitucional, SU-123/2018), no por presencia; «sin registro en las capas cargadas» no significa que no haya comunidades.';

const NOT_IN_PLATFORM = [
  'La plataforma no tiene datos de zonas mineras étnicas, patrimonio cultural y arqueológico, rutas colectivas ni áreas indígenas restringidas.',
  'La verificación de presencia étnica requiere además la información del Ministerio del Interior, de las autoridades territoriales y de las organizaciones, y trabajo de campo (§4 de la guía).'
];

export function ethnicText(facts: DistrictFacts): { aspecto: string; missing: string[] } {
  const fromLayers = layerLines(facts, 'etnica');
  const ethnic = fromLayers.loaded.filter((l) => l.kind === 'étnico');
  const missing = [...fromLayers.missing];
  if (!ethnic.length) {
    missing.unshift(
      'No se ha cargado ninguna capa étnica (resguardos indígenas, títulos colectivos de comunidades negras): no hay pre-análisis de consulta previa.'
    );
    const aspecto = [
      'Sin capas étnicas cargadas: la plataforma no puede señalar superposición ni proximidad con territorios étnicos.',
      ...fromLayers.lines
    ];
    return { aspecto: aspecto.join(' '), missing: [...missing, ...NOT_IN_PLATFORM] };
  }
  const name = new Map(facts.matrix.rows.map((r) => [r.code, titleCase(r.name)]));
  const layers = esList(ethnic.map((l) => `«${l.title}» (${sourceOf(l)})`));
  const parts = [
    `Pre-análisis de consulta previa contra ${layers}, con proximidad de ${esNumber(facts.bufferKm, Number.isInteger(facts.bufferKm) ? 0 : 1)} km: el distrito queda en «${FLAG_LABELS[facts.district.flag].toLowerCase()}».`
  ];
  const n = facts.screens.length;
  for (const flag of ['superposicion', 'proximidad', 'sin_registro'] as const) {
    const group = facts.screens.filter((s) => s.flag === flag);
    if (!group.length) continue;
    const head = `${FLAG_LABELS[flag]}: ${esNumber(group.length)} de ${esNumber(n)} municipios`;
    const items = group.map((s) => municipioText(s, name.get(s.code) ?? s.code, facts));
    parts.push(`${head} (${flag === 'sin_registro' ? esList(items) : items.join('; ')}).`);
  }
  parts.push(NOTE, PROXIMITY_BUFFER_NOTE, ...fromLayers.lines);
  return { aspecto: parts.join(' '), missing: [...missing, ...NOT_IN_PLATFORM] };
}

/** "Cumbal: Resguardo … (pueblo Pastos), 1.234,56 ha, 12,34 % del municipio". */
function municipioText(s: ConsultaScreen, name: string, facts: DistrictFacts): string {
  if (!s.evidence.length) return name;
  const one = (e: EthnicEvidence) => {
    const people = facts.people?.get(e.layer)?.get(e.feature);
    const who = `${e.feature}${people ? ` (pueblo ${people})` : ''}`;
    if (e.record) return `${who}: ${recordEvidenceText(e.record)}`;
    if (e.overlap_ha === null) return `${who} a ${esNumber(e.distance_km, 2)} km`;
    const pct = e.pct_of_area === null ? '' : `, ${esPct(e.pct_of_area)} del municipio`;
    return `${who}: ${esHa(e.overlap_ha)}${pct}${e.borde ? ', franja de borde' : ''}`;
  };
  return `${name}: ${s.evidence.map(one).join(', ')}`;
}
