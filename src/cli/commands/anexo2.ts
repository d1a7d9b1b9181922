// `atlas anexo2`: the anexo 2 (análisis de dinámicas) of a district pre-filled from the bundled
// data, as JSON or readable text, and optionally as the XLSX the entities fill and send back.
import { writeFile } from 'node:fs/promises';
import { BUNDLED_LAYERS } from '../../lib/data/catalog';
import { DANE_CODE } from '../../lib/data/dane-code';
import { anexo2Xlsx } from '../../lib/data/export/anexo2-xlsx';
import { catalogProvenance } from '../../lib/data/export/catalog-provenance';
import { districtFacts } from '../../lib/data/node/district-facts';
import type { Anexo2Row } from '../../lib/domain/anexo2-facts';
import { titleCase } from '../../lib/domain/anexo2-format';
import { prefillAnexo2 } from '../../lib/domain/anexo2-prefill';
import type { SliverThreshold } from '../../lib/geo/sliver-threshold';
import { CliError } from '../cli-error';

export interface Anexo2Args {
  municipios: string[];
  name?: string;
  xlsx?: string;
  bufferKm: number;
  sliver: SliverThreshold;
  /** The generation date written in the workbook. */
  now: Date;
}

export interface Anexo2Output {
  distrito: string;
  municipios: string[];
  buffer_km: number;
  xlsx: string | null;
  rows: Anexo2Row[];
}

export async function anexo2Command(
  args: Anexo2Args,
  dataDir: string
): Promise<{ output: Anexo2Output; text: string }> {
  const bad = args.municipios.filter((c) => !DANE_CODE.test(c));
  if (bad.length)
    throw new CliError(`--municipios: códigos DANE no válidos (5 dígitos): ${bad.join(', ')}.`);
  const facts = await districtFacts(dataDir, args.municipios, {
    ...(args.name ? { name: args.name } : {}),
    bufferKm: args.bufferKm,
    sliver: args.sliver
  });
  if (facts.profile.unknown.length)
    throw new CliError(
      `--municipios: códigos que no están en el MGN: ${facts.profile.unknown.join(', ')}.`
    );
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
    rows
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
