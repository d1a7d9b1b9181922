// The imported files a district command reads as the district page reads its imports: polygon
// layers (--capa FILE, with --tipo and --clave in the same order; a known schema supplies both) and
// municipio lists (--lista FILE, a table keyed by DANE code), through the app's readers.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CONSTRAINT_KINDS, type ConstraintKind } from '../lib/domain/constraint-matrix';
import { featurePeople } from '../lib/import/feature-people';
import { ImportError } from '../lib/import/import-error';
import { keyedFeatures } from '../lib/import/keyed-features';
import { matchPreset } from '../lib/import/layer-presets';
import { readTable } from '../lib/import/read-table';
import type { NodeLayer } from '../lib/node/district-facts';
import { readArrowRows } from '../lib/node/read-arrow-rows';
import type { FactsList } from '../lib/facts/facts-ports';
import type { SupportedCrs } from '../lib/import/supported-crs';
import { CliError } from './cli-error';
import { loadFileLayer } from './load-layer';
import { teamNodeLayer } from './team-node-layer';
import { TEAM_POLYGON_KINDS, teamLayers } from './team-layers';
import type { TeamLayerData } from '../lib/node/team-layer-data';
import { teamList } from './team-list';

export interface ImportArgs {
  /** Layer files (--capa), each with the --tipo and --clave at the same position. */
  capas?: string[];
  tipos?: string[];
  claves?: string[];
  /** Municipio list files (--lista). */
  listas?: string[];
  /** The system of layer files without .prj (--crs). */
  crs?: SupportedCrs;
  /** Team layer versions named with --layer equipo:<id>[@<n>]; the current version of every
   * other polygon layer of the library is added too. */
  equipo?: string[];
}

/** What the command line records as an import's provenance (the page asks the user). */
export const CLI_PROVENANCE = { producer: 'archivo importado', cutoff: 'según el archivo' };

const stem = (path: string) => basename(path).replace(/\.[^.]+$/, '');

async function layer(path: string, i: number, args: ImportArgs): Promise<NodeLayer> {
  const imported = await loadFileLayer(path, args.crs);
  const preset = matchPreset(imported.fields);
  const kind = args.tipos?.[i] ?? preset?.kind;
  if (!kind || !(CONSTRAINT_KINDS as readonly string[]).includes(kind))
    throw new CliError(
      `«${path}»: indique --tipo con uno de: ${CONSTRAINT_KINDS.join(', ')}${kind ? ` (no «${kind}»)` : ''}.`
    );
  const key = args.claves?.[i] ?? preset?.keyField;
  if (!key || !imported.fields.includes(key))
    throw new CliError(
      `«${path}»: indique --clave con uno de los campos: ${imported.fields.join(', ') || '(ninguno)'}.`
    );
  const { features } = keyedFeatures(imported.features, key);
  return {
    id: `importada-${i + 1}`,
    title: stem(path),
    kind: kind as ConstraintKind,
    provenance: CLI_PROVENANCE,
    features,
    people: featurePeople(imported.features, key)
  };
}

async function list(path: string, i: number, known: ReadonlySet<string>): Promise<FactsList> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`No se pudo leer «${path}» (${e.code ?? e.message}).`);
  });
  try {
    const t = readTable({ name: basename(path), bytes: new Uint8Array(bytes) }, known);
    return {
      id: `tabla-${i + 1}`,
      title: stem(path),
      codes: new Set(t.rows.keys()),
      provenance: CLI_PROVENANCE
    };
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(e.message);
    throw e;
  }
}

export async function cliImports(
  args: ImportArgs,
  dataDir: string
): Promise<{ layers: NodeLayer[]; lists: FactsList[] }> {
  const capas = args.capas ?? [];
  const listas = args.listas ?? [];
  const known = listas.length
    ? new Set((await readArrowRows(dataDir, 'municipios')).map((r) => String(r.code)))
    : new Set<string>();
  const layers = await Promise.all(capas.map((p, i) => layer(p, i, args)));
  // Team tables by DANE code are municipio lists, as on the district page.
  const team = await teamLayers(args.equipo ?? [], [...TEAM_POLYGON_KINDS, 'tabla']);
  const isTable = (t: TeamLayerData) => t.layer.kind === 'tabla';
  const lists = await Promise.all(listas.map((p, i) => list(p, i, known)));
  return {
    layers: [...layers, ...team.filter((t) => !isTable(t)).map(teamNodeLayer)],
    lists: [...lists, ...team.filter(isTable).map(teamList)]
  };
}
