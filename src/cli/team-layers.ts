// The team layers a command uses: those named with `equipo:<id>[@<n>]`, plus, for the district
// commands, the current version of every layer of the kinds asked for in the library of ATLAS_DB
// (when that database exists: a command never creates one just to look). Each comes with its
// version and its rows, decoded from the stored Arrow bytes.
import { existsSync } from 'node:fs';
import { NotFoundError } from '../lib/domain/errors/not-found-error';
import { RuleError } from '../lib/domain/errors/rule-error';
import type { TeamLayerKind } from '../lib/domain/model/team-layer';
import { parseTeamLayerRef } from '../lib/domain/team-layer-ref';
import { teamLayerData, type TeamLayerData } from '../lib/node/team-layer-data';
import { isPostgresUrl, storePath } from '../lib/server/store/open-store';
import { CliError } from './cli-error';
import { requireLibraryFile, withTeamLibrary } from './team-library';

/** The kinds a district command reads from the library by default: every polygon layer. */
export const TEAM_POLYGON_KINDS: readonly TeamLayerKind[] = [
  'étnico',
  'ambiental',
  'minero',
  'ordenamiento'
];

export async function teamLayers(
  refs: readonly string[],
  defaultKinds: readonly TeamLayerKind[] = []
): Promise<TeamLayerData[]> {
  let parsed;
  try {
    parsed = refs.map((r) => {
      const ref = parseTeamLayerRef(r);
      if (!ref)
        throw new CliError(
          `--layer «${r}»: aquí solo se nombran capas del equipo, como equipo:<id> o equipo:<id>@<versión> (las capas incluidas se usan siempre; un archivo va con --capa).`
        );
      return ref;
    });
  } catch (e) {
    throw e instanceof RuleError ? new CliError(e.message) : e;
  }
  for (const ref of parsed) requireLibraryFile(ref.id);
  const file = storePath();
  if (
    !parsed.length &&
    (!defaultKinds.length || (file !== ':memory:' && !isPostgresUrl(file) && !existsSync(file)))
  )
    return [];
  return withTeamLibrary(async (library) => {
    const entries = await library.list();
    const out: TeamLayerData[] = [];
    for (const ref of parsed) {
      const entry = entries.find((e) => e.id === ref.id);
      if (!entry) throw NotFoundError.teamLayer(ref.id);
      const v =
        ref.version === null
          ? await library.current(ref.id)
          : await library.version(ref.id, ref.version);
      if (!v) throw NotFoundError.allRetired(ref.id);
      out.push(await teamLayerData(library, entry, v));
    }
    for (const entry of entries) {
      if (!defaultKinds.includes(entry.kind) || parsed.some((p) => p.id === entry.id)) continue;
      const v = await library.current(entry.id);
      if (v) out.push(await teamLayerData(library, entry, v));
    }
    return out;
  });
}
