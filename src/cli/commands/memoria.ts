// `atlas memoria`: the memoria justificativa (guide §1.1) of a district as DOCX, written from the
// bundled data as the browser writes it — the district's facts and contiguity (the shared
// lib/facts/district-facts.ts), the anexo 2 pre-fill, the inclusion paragraphs under the district
// page's default criteria (contiguity and PDET), and the figures rendered here (SVG + PNG with resvg).
import { writeFile } from 'node:fs/promises';
import { memoriaDocx } from '../../lib/export/memoria-docx';
import { memoriaFigures } from '../../lib/node/memoria-figures';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { prefillAnexo2 } from '../../lib/domain/anexo2-prefill';
import { inclusionParagraphs } from '../../lib/domain/inclusion-paragraphs';
import { cliDistrictFacts, type DistrictArgs } from '../cli-district-facts';
import { layersChecked, type CheckedLayerOut } from '../layers-checked';
import { CliError } from '../cli-error';

export interface MemoriaArgs extends DistrictArgs {
  docx: string;
  /** The generation date written on the title page. */
  now: Date;
}

export interface MemoriaOutput {
  distrito: string;
  municipios: string[];
  docx: string;
  bytes: number;
  figuras: string[];
  /** Municipios that fail the contiguity criterion (outside the largest connected group). */
  no_contiguos: string[];
  layers_checked: CheckedLayerOut[];
}

export async function memoriaCommand(
  args: MemoriaArgs,
  dataDir: string
): Promise<{ output: MemoriaOutput; text: string }> {
  const { facts, groups } = await cliDistrictFacts(args, dataDir);
  const codes = facts.matrix.rows.map((r) => r.code);
  const rows = await readArrowRows(dataDir, 'municipios');
  const mine = rows.filter((r) => codes.includes(String(r.code)));
  const main = groups[0] ?? [];
  const figures = memoriaFigures(rows, facts);
  const bytes = await memoriaDocx({
    facts,
    anexo2: prefillAnexo2(facts),
    areasKm2: Object.fromEntries(mine.map((r) => [String(r.code), Number(r.area_official_km2)])),
    inclusion: inclusionParagraphs(facts, groups),
    figures,
    generated: args.now
  });
  await writeFile(args.docx, bytes).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`No se pudo escribir «${args.docx}» (${e.code ?? e.message}).`);
  });
  const output: MemoriaOutput = {
    distrito: facts.name,
    municipios: codes,
    docx: args.docx,
    bytes: bytes.length,
    figuras: Object.keys(figures),
    no_contiguos:
      codes.length > 1 ? codes.filter((c) => !(main.length > 1 && main.includes(c))) : [],
    layers_checked: layersChecked(facts)
  };
  const kb = Math.round(bytes.length / 1024).toLocaleString('es-CO');
  const text = [
    `Memoria justificativa — ${facts.name} (${codes.length} ${codes.length === 1 ? 'municipio' : 'municipios'})`,
    `Escrita en «${args.docx}» (${kb} KB, ${output.figuras.length} figuras).`,
    ...(output.no_contiguos.length
      ? [`Municipios fuera del grupo contiguo principal: ${output.no_contiguos.join(', ')}.`]
      : [])
  ].join('\n');
  return { output, text };
}
