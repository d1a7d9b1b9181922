// A district's changes after a new team layer version in one Spanish line, for the audit log:
// per municipio the overlaps that appear, disappear or change area, the consulta previa flag that
// flips and the inclusion criteria whose verdict changes.
import { FLAG_LABELS } from './consulta-previa-screen';
import type { DistrictChanges } from './model/layer-rescreen';

const ha = (v: number) => `${v.toLocaleString('es-CO', { maximumFractionDigits: 2 })} ha`;
const verdict = (pass: boolean | null) =>
  pass === null ? 'sin evaluar' : pass ? 'cumple' : 'no cumple';

/** `ref`: `equipo:<id>@<n>`, the version that landed. */
export function layerChangeSummary(ref: string, d: DistrictChanges): string {
  const parts = d.cambios.map((c) => {
    const what = [
      ...c.aparecen.map((f) => `aparece ${f}`),
      ...c.desaparecen.map((f) => `desaparece ${f}`),
      ...c.cambian.map((f) => `${f.elemento} ${ha(f.antes_ha)} → ${ha(f.despues_ha)}`),
      ...(c.consulta_cambia
        ? [
            `consulta previa ${FLAG_LABELS[c.antes.consulta].toLowerCase()} → ${FLAG_LABELS[c.despues.consulta].toLowerCase()}`
          ]
        : []),
      ...c.criterios.map((k) => `${k.criterio}: ${verdict(k.antes)} → ${verdict(k.despues)}`)
    ];
    return `${c.nombre} (${c.municipio}): ${what.join('; ')}`;
  });
  return `${ref} en ${d.nombre}: ${parts.join('. ')}.`;
}
