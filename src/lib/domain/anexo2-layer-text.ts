// The loaded polygon layers an anexo 2 aspect reads (from the constraint matrix), each as one
// sentence with its source, and the official layers it would need that are not loaded.
import type { Anexo2AspectId } from './anexo2-aspects';
import type { DistrictFacts, FactLayer } from './anexo2-facts';
import { esHa, esList, esNumber, esPct, featureTitle, titleCase } from './anexo2-format';
import { matrixFeatureName } from './matrix-feature-name';

/** The aspect a layer speaks to: by kind, except where the guide files a layer elsewhere. */
function layerAspect(l: { id: string; title: string; kind: string }): Anexo2AspectId | null {
  if (/frontera agr/i.test(l.title)) return 'agropecuarias';
  if (/reserva campesina/i.test(l.title)) return 'etnica'; // the guide lists ZRC under presencia étnica
  const byKind: Record<string, Anexo2AspectId> = {
    ambiental: 'bioculturales',
    étnico: 'etnica',
    minero: 'minero',
    ordenamiento: 'ordenamiento'
  };
  return byKind[l.kind] ?? null;
}

export interface LayerLines {
  /** One sentence per loaded layer of the aspect. */
  lines: string[];
  /** Official layers of the aspect not loaded, and the limits of those loaded. */
  missing: string[];
  /** Loaded layers of the aspect. */
  loaded: FactLayer[];
}

export const sourceOf = (l: FactLayer | undefined) =>
  l ? `${l.producer}, ${l.cutoff}` : 'capa importada';

export function layerLines(facts: DistrictFacts, aspect: Anexo2AspectId): LayerLines {
  const areaHa = facts.profile.areaKm2 * 100;
  const n = facts.matrix.rows.length;
  const lines: string[] = [];
  const loaded = facts.layers.filter((l) => layerAspect(l) === aspect);
  // Ethnic layers are read from the consulta previa screen (anexo2-ethnic.ts), not from here.
  const cut = facts.matrix.layers.filter((l) => layerAspect(l) === aspect && l.kind !== 'étnico');
  for (const layer of cut) {
    const meta = facts.layers.find((l) => l.id === layer.id);
    const hit = facts.matrix.rows
      .map((r) => ({ name: titleCase(r.name), cell: r.cells[layer.id] }))
      .filter((r) => r.cell && r.cell.ha > 0)
      .sort((a, b) => b.cell!.pct - a.cell!.pct);
    const official = layer.basis === 'official';
    const head = `«${layer.title}» (${sourceOf(meta)}${official ? '; cifras oficiales por municipio, no recalculadas' : ''})`;
    const where = n === 1 ? 'el municipio' : `los ${n} municipios`;
    if (!hit.length) {
      lines.push(
        `${head}: ${official ? `ninguna área registrada en ${where}` : `sin traslape con ${where}`}.`
      );
      continue;
    }
    const total = hit.reduce((a, r) => a + r.cell!.ha, 0);
    const share = areaHa > 0 ? ` (${esPct((100 * total) / areaHa)} del área del distrito)` : '';
    const each = hit.map(({ name, cell }) => {
      const features = cell!.features.map(
        (f) =>
          `${matrixFeatureName({ ...f, feature: featureTitle(f.feature) })}${f.borde ? ', franja de borde' : ''}`
      );
      return `${name} ${esPct(cell!.pct)} del municipio, ${esHa(cell!.ha)}${features.length ? ` (${features.join('; ')})` : ''}`;
    });
    const counted = official
      ? 'con áreas registradas (la suma puede contar dos veces las áreas que se superponen)'
      : 'con traslape';
    lines.push(
      `${head}: ${esNumber(hit.length)} de ${esNumber(n)} municipios ${counted}, ${esHa(total)}${share}: ${esList(each)}.`
    );
  }
  const covered = new Set(facts.layers.flatMap((l) => l.covers ?? []));
  const missing = facts.missingLayers
    .filter((m) => layerAspect(m) === aspect && !covered.has(m.id))
    .map(
      (m) => `No se ha cargado la capa «${m.title}» (${m.producer}); se obtiene en: ${m.where}.`
    );
  for (const l of loaded) if (l.caveat) missing.push(`Límite de la capa «${l.title}»: ${l.caveat}`);
  return { lines, missing, loaded };
}
