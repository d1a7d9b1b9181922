// How a command, a permalink or a saved district names a team layer version: `equipo:<id>` (the
// current version) or `equipo:<id>@<n>` (version n). The id follows TEAM_LAYER_ID.
import { RuleError } from './errors/rule-error';
import { TEAM_LAYER_ID } from './team-layer-input';

export const TEAM_LAYER_PREFIX = 'equipo:';

export interface TeamLayerRef {
  id: string;
  /** Null: the current version (the latest not retired). */
  version: number | null;
}

/** The reference `s` names, null when it names no team layer; RuleError when it is malformed. */
export function parseTeamLayerRef(s: string): TeamLayerRef | null {
  if (!s.startsWith(TEAM_LAYER_PREFIX)) return null;
  const [id = '', version, ...rest] = s.slice(TEAM_LAYER_PREFIX.length).split('@');
  const n = version === undefined ? null : Number(version);
  if (!TEAM_LAYER_ID.test(id) || rest.length || (n !== null && !(Number.isInteger(n) && n >= 1)))
    throw new RuleError(
      'team-layer-invalid',
      `«${s}» no nombra una capa del equipo: escriba equipo:<id> o equipo:<id>@<versión>, p. ej. equipo:titulos-anm@2.`
    );
  return { id, version: n };
}

/** `equipo:<id>@<n>`: the exact version, as results and saved districts record it. */
export const teamLayerRef = (id: string, version: number) => `${TEAM_LAYER_PREFIX}${id}@${version}`;
