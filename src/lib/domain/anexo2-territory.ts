// Anexo 2 aspects read from the loaded layers and rasters: recursos bioculturales, determinantes
// de ordenamiento territorial, condiciones agropecuarias, sector minero and otros sectores. Each
// says what the loaded layers show, with their source, and what the platform cannot say.
import type { Anexo2AspectId } from './anexo2-aspects';
import type { DistrictFacts } from './anexo2-facts';
import { esHa, esList, esNumber, esPct, titleCase } from './anexo2-format';
import { layerLines } from './anexo2-layer-text';
import { rasterText } from './anexo2-raster-text';

type TerritoryAspect = Exclude<Anexo2AspectId, 'socioeconomica' | 'etnica'>;

interface Wording {
  /** The aspecto when nothing of the aspect is loaded. */
  none: string;
  /** What the platform has no data for, whatever is loaded. */
  notInPlatform: string[];
}

const WORDING: Record<TerritoryAspect, Wording> = {
  bioculturales: {
    none: 'Sin capas ambientales cargadas: la plataforma no puede calcular traslapes con áreas protegidas, páramos ni reserva forestal.',
    notInPlatform: [
      'La plataforma no tiene datos de POMCA, ecosistemas estratégicos distintos de las capas cargadas, ni determinantes de gestión del riesgo (inundación, remoción en masa), vulnerabilidad hídrica o cambio climático.'
    ]
  },
  ordenamiento: {
    none: 'Sin otras capas de ordenamiento territorial cargadas.',
    notInPlatform: [
      'La plataforma no tiene datos de los planes de ordenamiento territorial (EOT, PBOT, POT) ni de catastro multipropósito.'
    ]
  },
  agropecuarias: {
    none: 'La plataforma no tiene datos agropecuarios cargados para este distrito: ni frontera agrícola, ni suelos, ni coberturas vegetales, ni aptitud agropecuaria.',
    notInPlatform: ['No hay capas de suelos ni de aptitud agropecuaria en la plataforma.']
  },
  minero: {
    none: 'Sin capas mineras cargadas: la plataforma no puede describir la titulación minera del distrito.',
    notInPlatform: [
      'La plataforma no tiene datos de disponibilidad geológica, zonas de interés minero, minería artesanal o de subsistencia, zonas mineras étnicas ni producción minera (oferta y demanda).'
    ]
  },
  otros_sectores: {
    none: 'La plataforma no tiene datos de otros sectores económicos para este distrito.',
    notInPlatform: [
      'No hay datos de actores, economías populares y dinámicas locales, vocación y potencial productivo, estado de la infraestructura ni uso del suelo y de las tierras.'
    ]
  }
};

export function territoryText(
  facts: DistrictFacts,
  aspect: TerritoryAspect
): { aspecto: string; missing: string[] } {
  const { lines, missing, loaded } = layerLines(facts, aspect);
  const codes = facts.matrix.rows.map((r) => r.code);
  const rasters = (facts.rasters ?? []).filter((r) => (r.aspect ?? 'agropecuarias') === aspect);
  lines.push(...rasters.map((r) => rasterText(r, codes)));
  if (aspect === 'agropecuarias' && !rasters.length)
    missing.push('No se ha cargado ningún ráster de coberturas vegetales o de suelos.');
  if (aspect === 'minero') {
    const titles = titleLines(facts);
    lines.push(...titles);
    if (!loaded.length)
      missing.unshift(
        'No se han cargado títulos mineros ANM: sin titulación por modalidad y mineral ni área titulada.'
      );
    else if (!titles.length)
      missing.unshift('Las capas mineras cargadas no traen los títulos por modalidad y mineral.');
  }
  if (aspect === 'ordenamiento') lines.push(...listLines(facts));
  missing.push(...WORDING[aspect].notInPlatform);
  const body = lines.length ? lines : [WORDING[aspect].none];
  if (aspect === 'ordenamiento') body.unshift(pdetLine(facts));
  return { aspecto: body.join(' '), missing };
}

function pdetLine({ profile: p }: DistrictFacts): string {
  const source = 'UARIV IRV 2022 con subregión ART';
  if (!p.pdet.municipios) return `Ningún municipio PDET (${source}).`;
  const name = new Map(p.municipios.map((m) => [m.code, titleCase(m.name)]));
  const subregions = p.pdet.subregions.map(
    (s) => `subregión ${s.name}: ${esList(s.municipios.map((c) => name.get(c) ?? c))}`
  );
  return `PDET (${source}): ${esNumber(p.pdet.municipios)} de ${esNumber(p.municipios.length)} municipios, ${esPct(100 * p.pdet.areaShare)} del área; ${subregions.join('; ')}.`;
}

/** Municipality lists imported as tables (the ZOMAC list): which municipios are in each. */
function listLines({ matrix, layers }: DistrictFacts): string[] {
  return matrix.lists.map((l) => {
    const members = matrix.rows.filter((r) => r.lists[l.id]).map((r) => titleCase(r.name));
    const meta = layers.find((x) => x.id === l.id);
    const source = meta ? `${meta.producer}, ${meta.cutoff}` : 'tabla importada';
    const which = members.length ? ` (${esList(members)})` : '';
    return `«${l.title}» (${source}): ${esNumber(members.length)} de ${esNumber(matrix.rows.length)} municipios${which}.`;
  });
}

function titleLines(facts: DistrictFacts): string[] {
  const part = (xs: { name: string; titles: number; ha: number }[]) =>
    xs.map((x) => `${x.name} ${esNumber(x.titles)} (${esHa(x.ha)})`).join(', ');
  return (facts.titles ?? []).map((t) => {
    const title = facts.layers.find((l) => l.id === t.layer)?.title ?? t.layer;
    return `Títulos de «${title}» en el distrito por modalidad: ${part(t.byModalidad)}; por mineral: ${part(t.byMineral)}.`;
  });
}
