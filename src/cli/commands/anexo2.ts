// `atlas anexo2`: the anexo 2 (análisis de dinámicas) of a district pre-filled from the bundled
// data, as JSON or readable text, and optionally as the XLSX the entities fill and send back.
import { writeFile } from 'node:fs/promises';
import { BUNDLED_LAYERS } from '../../lib/catalog/catalog';
import { anexo2Xlsx } from '../../lib/export/anexo2-xlsx';
import { catalogProvenance } from '../../lib/export/catalog-provenance';
import type { Anexo2Row } from '../../lib/domain/anexo2-facts';
import { titleCase } from '../../lib/domain/anexo2-format';
import { prefillAnexo2 } from '../../lib/domain/anexo2-prefill';
import { CliError } from '../cli-error';
import { layersChecked, type CheckedLayerOut } from '../layers-checked';
import { cliDistrictFacts, type DistrictArgs } from '../cli-district-facts';

export interface Anexo2Args extends DistrictArgs {
  xlsx?: string;
  /** The generation date written in the workbook. */
  now: Date;
}

export interface Anexo2Output {
  distrito: string;
  municipios: string[];
  buffer_km: number;
  xlsx: string | null;
  rows: Anexo2Row[];
  layers_checked: CheckedLayerOut[];
}

export async function anexo2Command(
  args: Anexo2Args,
  dataDir: string
): Promise<{ output: Anexo2Output; text: string }> {
  const { facts } = await cliDistrictFacts(args, dataDir);
  const rows = prefillAnexo2(facts);
  if (args.xlsx) {
    const bytes = await anexo2Xlsx(
      rows,
      {
        district: facts.name,
        municipios: facts.profile.municipios.map((m) => `${titleCase(m.name)} (${m.code})`),
        generated: args.now
      },
      BUNDLED_LAYERS.map((l) => catalogProvenance(l.id, l.title))
    );
    await writeFile(args.xlsx, bytes).catch((e: NodeJS.ErrnoException) => {
      throw new CliError(`No se pudo escribir «${args.xlsx}» (${e.code ?? e.message}).`);
    });
  }
  const output: Anexo2Output = {
    distrito: facts.name,
    municipios: facts.matrix.rows.map((r) => r.code),
    buffer_km: args.bufferKm,
    xlsx: args.xlsx ?? null,
    rows,
    layers_checked: layersChecked(facts)
  };
  const blocks = rows.map((r, i) =>
    [
      `${i + 1}. ${r.title} — ${r.entity} (componente ${r.components.join(', ')})`,
      `   ${r.aspecto}`,
      ...r.missing.map((m) => `   • ${m}`)
    ].join('\n')
  );
  const written = args.xlsx ? [`Anexo 2 escrito en «${args.xlsx}».`] : [];
  return { output, text: [`Anexo 2 — ${facts.name}`, ...blocks, ...written].join('\n\n') };
}
