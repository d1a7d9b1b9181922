// A districts row and the record it holds, shared by the SQLite and the PostgreSQL store: JSON
// columns as text, settings completed with the defaults, justification edits merged.
import { defaultSettings, type DistrictRecord } from '../../domain/model/district';

export interface DistrictRow {
  id: string;
  name: string;
  municipios: string;
  settings: string;
  justifications: string;
  example: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export const toRecord = (r: DistrictRow): DistrictRecord => ({
  id: r.id,
  name: r.name,
  municipios: JSON.parse(r.municipios) as string[],
  settings: { ...defaultSettings(), ...(JSON.parse(r.settings) as object) },
  justifications: JSON.parse(r.justifications) as Record<string, string>,
  example: r.example === 1,
  created_at: r.created_at,
  updated_at: r.updated_at,
  version: r.version
});

/** Merges justification edits: a text replaces, an empty text removes. */
export function mergeJustifications(
  saved: Record<string, string>,
  edits: Record<string, string>
): Record<string, string> {
  const out = { ...saved };
  for (const [code, text] of Object.entries(edits)) {
    if (text === '') delete out[code];
    else out[code] = text;
  }
  return out;
}
