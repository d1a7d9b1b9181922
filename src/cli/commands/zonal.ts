// `atlas zonal`: statistics of a GeoTIFF per municipio (area-weighted mean/min/max, or the share
// of each class with --categorico).
import { readFile } from 'node:fs/promises';
import { ImportError } from '../../lib/import/import-error';
import { readGeotiff } from '../../lib/import/read-geotiff';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { rowsToWire } from '../../lib/node/rows-to-wire';
import { loadGeos } from '../../lib/geo/geos-runtime';
import { parseWire } from '../../lib/geo/overlay-session';
import { prepareLayer } from '../../lib/geo/prepare-layer';
import { zonalStats, type ZonalResult } from '../../lib/geo/zonal-stats';
import { CliError } from '../cli-error';
import { formatTable } from '../format-table';

export interface ZonalArgs {
  raster: string;
  categorical: boolean;
  municipios?: string[];
}

export async function zonalCommand(
  args: ZonalArgs,
  dataDir: string
): Promise<{
  output: { raster: string; municipios: ZonalResult[]; warnings: string[] };
  table: string;
}> {
  const bytes = await readFile(args.raster).catch(() => {
    throw new CliError(`«${args.raster}» no existe o no se puede leer.`);
  });
  const grid = await readGeotiff({ name: args.raster, bytes: new Uint8Array(bytes) }).catch(
    (e: unknown) => {
      throw e instanceof ImportError ? new CliError(e.message) : e;
    }
  );
  const rows = await readArrowRows(dataDir, 'municipios');
  const rt = await loadGeos();
  const wanted = args.municipios ? new Set(args.municipios) : null;
  const chosen = rows.filter((r) => !wanted || wanted.has(String(r.code)));
  const layer = prepareLayer(rt, parseWire(rowsToWire(chosen, 'code'), grid.warnings));
  const results = zonalStats(rt, layer, grid, args.categorical).filter((r) => r.pixels > 0);
  layer.destroy();
  const names = new Map(rows.map((r) => [String(r.code), String(r.name)]));
  const table = formatTable(
    args.categorical
      ? ['Municipio', 'Nombre', 'Área con dato (ha)', 'Clases (% del área)']
      : ['Municipio', 'Nombre', 'Área con dato (ha)', 'Media', 'Mínimo', 'Máximo'],
    results.map((r) =>
      args.categorical
        ? [
            r.code,
            names.get(r.code) ?? '',
            r.area_ha,
            Object.entries(r.shares ?? {})
              .map(([k, v]) => `${k}: ${v.toFixed(1)} %`)
              .join(' · ')
          ]
        : [r.code, names.get(r.code) ?? '', r.area_ha, r.mean ?? 0, r.min ?? 0, r.max ?? 0]
    )
  );
  return { output: { raster: args.raster, municipios: results, warnings: grid.warnings }, table };
}
