// The memoria justificativa (guide §1.1) of the district on the page, as DOCX: the same facts as
// the anexo 2 (its rows as the mesa left them), the inclusion paragraphs under the district's
// criteria (edited ones win), and the figures drawn from the bundled geometry and rasterised by
// the browser. `step` reports progress in Spanish.
import { districtMapBox } from '$lib/map/district-map-box';
import { svgPng } from '$lib/ui/svg-png';
import type { Analysis } from './analysis.svelte';
import type { DistrictAnexo2 } from './district-anexo2.svelte';
import type { DistrictWorkspace } from './district.svelte';

export async function districtMemoria(
  ws: DistrictWorkspace,
  anexo: DistrictAnexo2,
  analysis: Analysis,
  now: Date,
  step: (message: string) => void = () => {}
): Promise<Uint8Array> {
  step('Reuniendo las cifras del distrito…');
  if (!anexo.rows.length) await anexo.generate();
  if (anexo.error) throw new Error(anexo.error);
  const facts = await anexo.facts();
  if (!facts || !ws.profile) throw new Error('Calcule primero el distrito (perfil y matriz).');
  const [{ parseCriteria }, { inclusionParagraphs }, { memoriaFigureSvgs }, { memoriaDocx }] =
    await Promise.all([
      import('$lib/domain/inclusion-criteria'),
      import('$lib/domain/inclusion-paragraphs'),
      import('$lib/export/memoria-figure-svgs'),
      import('$lib/export/memoria-docx')
    ]);
  step('Dibujando el mapa y las gráficas…');
  const box = districtMapBox(
    ws.codes.flatMap((c) => {
      const b = ws.entry(c)?.bbox;
      return b ? [b] : [];
    })
  );
  const shapes = box ? await analysis.municipioShapes(box) : [];
  const svgs = memoriaFigureSvgs(shapes, facts);
  const figures = Object.fromEntries(
    await Promise.all(
      Object.entries(svgs).map(async ([k, f]) => [
        k,
        { ...f, png: await svgPng(f.svg, f.width, f.height) }
      ])
    )
  );
  step('Escribiendo el documento…');
  return memoriaDocx({
    facts,
    anexo2: $state.snapshot(anexo.rows),
    areasKm2: Object.fromEntries(ws.profile.municipios.map((m) => [m.code, m.areaKm2])),
    inclusion: inclusionParagraphs(
      facts,
      ws.groups,
      parseCriteria($state.snapshot(ws.settings.criteria)),
      $state.snapshot(ws.justifications)
    ),
    figures,
    generated: now
  });
}
