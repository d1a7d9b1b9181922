// `atlas overlay`: a polygon layer against municipios — every intersecting pair, the covered
// area per municipio (features counted once), repairs and warnings.
import { DANE_CODE } from '../../lib/domain/dane-code';
import { overlayInThreads } from '../../lib/node/overlay-in-threads';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { rowsToWire } from '../../lib/node/rows-to-wire';
import type { OverlayResult } from '../../lib/geo/overlay-types';
import type { SliverThreshold } from '../../lib/geo/sliver-threshold';
import { CliError } from '../cli-error';
import { formatTable } from '../format-table';
import { loadLayer } from '../load-layer';
import type { SupportedCrs } from '../../lib/import/supported-crs';

export interface OverlayArgs {
  layer: string;
  key?: string;
  municipios?: string[];
  sliver: SliverThreshold;
  threads?: number;
  /** The system of a shapefile without .prj (--crs). */
  crs?: SupportedCrs;
}

export interface OverlayOutput extends OverlayResult {
  layer: string;
  key: string;
  borde_threshold: { max_ha: number; max_pct_of_feature: number };
}

export async function overlayCommand(
  args: OverlayArgs,
  dataDir: string
): Promise<{ output: OverlayOutput; table: string }> {
  const bad = (args.municipios ?? []).filter((c) => !DANE_CODE.test(c));
  if (bad.length)
    throw new CliError(`--municipios: códigos DANE no válidos (5 dígitos): ${bad.join(', ')}.`);
  const [rows, layer] = await Promise.all([
    readArrowRows(dataDir, 'municipios'),
    loadLayer(args.layer, args.key, dataDir, args.crs)
  ]);
  const wanted = args.municipios ? new Set(args.municipios) : null;
  const unknown = [...(wanted ?? [])].filter((c) => !rows.some((r) => r.code === c));
  if (unknown.length)
    throw new CliError(`--municipios: códigos que no están en el MGN: ${unknown.join(', ')}.`);
  const municipios = rowsToWire(
    rows.filter((r) => !wanted || wanted.has(String(r.code))),
    'code'
  );
  // One thread unless asked: on the 2-vCPU machines measured (bench/results.json) a second
  // thread did not shorten the full-country run — the work is memory-bound.
  const result = await overlayInThreads(municipios, layer.features, {
    sliver: args.sliver,
    threads: args.threads ?? 1
  });
  const output: OverlayOutput = {
    layer: layer.name,
    key: layer.key,
    borde_threshold: { max_ha: args.sliver.maxHa, max_pct_of_feature: args.sliver.maxPctOfFeature },
    ...result,
    warnings: [...layer.warnings, ...result.warnings]
  };
  const names = new Map(
    rows.map((r) => [String(r.code), `${String(r.name)} (${String(r.department)})`])
  );
  const table = [
    formatTable(
      [
        'Municipio',
        'Nombre',
        layer.key,
        'Traslape (ha)',
        '% del municipio',
        '% del elemento',
        'Borde'
      ],
      result.pairs.map((p) => [
        p.municipio,
        names.get(p.municipio) ?? '',
        p.feature,
        p.overlap_ha,
        p.pct_of_municipio,
        p.pct_of_feature,
        p.borde
      ])
    ),
    '',
    formatTable(
      ['Municipio', 'Nombre', 'Cubierto (ha)', '% cubierto'],
      result.municipios.map((m) => [m.code, names.get(m.code) ?? '', m.overlap_ha, m.pct])
    )
  ].join('\n');
  return { output, table };
}
