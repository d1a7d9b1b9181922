// The facts of the district a command names with --municipios (anexo 2, memoria): the codes
// checked (five digits, municipios of the MGN 2018) with the command line's Spanish errors, the
// imported layers and lists read (cli-imports.ts), then computed by the same function as the
// browser (lib/facts/district-facts.ts through node/district-facts.ts).
import { DANE_CODE } from '../lib/domain/dane-code';
import { districtComputation } from '../lib/node/district-facts';
import type { DistrictComputation } from '../lib/facts/district-facts';
import type { SliverThreshold } from '../lib/geo/sliver-threshold';
import { CliError } from './cli-error';
import { cliImports, type ImportArgs } from './cli-imports';

export interface DistrictArgs extends ImportArgs {
  municipios: string[];
  name?: string;
  bufferKm: number;
  sliver: SliverThreshold;
}

export async function cliDistrictFacts(
  args: DistrictArgs,
  dataDir: string
): Promise<DistrictComputation> {
  const bad = args.municipios.filter((c) => !DANE_CODE.test(c));
  if (bad.length)
    throw new CliError(`--municipios: códigos DANE no válidos (5 dígitos): ${bad.join(', ')}.`);
  const computed = await districtComputation(dataDir, args.municipios, {
    ...(await cliImports(args, dataDir)),
    ...(args.name ? { name: args.name } : {}),
    bufferKm: args.bufferKm,
    sliver: args.sliver
  });
  if (computed.profile.unknown.length)
    throw new CliError(
      `--municipios: códigos que no están en el MGN: ${computed.profile.unknown.join(', ')}.`
    );
  return computed;
}
