// A PEG filled offline (XLSX) imported into a district's plan: every row is read with the same
// reader and validation as the form, and nothing is saved unless every row is valid. Rows that
// name an action keep its drawn area; each territory is screened for consulta previa.
import { validatePegAction } from '../domain/peg-action';
import type { DistrictRecord } from '../domain/model/district';
import type { Actor } from '../domain/store/contract';
import { ImportError } from '../import/import-error';
import { keepDrawnArea } from '../import/keep-drawn-area';
import { readPeg } from '../import/read-peg';
import { stores } from './store/open-store';
import { screenTerritory } from './territory-screen';

export type PegBatchResult =
  { ok: true; summary: string } | { ok: false; errors: Record<string, string> };

export async function importPegBatch(
  d: DistrictRecord,
  file: { name: string; bytes: Uint8Array },
  actor: Actor
): Promise<PegBatchResult> {
  let rows;
  try {
    rows = await readPeg(file);
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, errors: { archivo: e.message } };
    throw e;
  }
  const existing = new Map((await stores().peg.list(d.id)).map((a) => [a.id, a]));
  const errors: Record<string, string> = {};
  const valid = rows.flatMap((r) => {
    const known = r.id === null ? null : existing.get(r.id);
    if (r.id !== null && !known) {
      errors[`fila ${r.row}`] = `Fila ${r.row}: no existe la acción n.º ${r.id} en este PEG.`;
      return [];
    }
    const checked = validatePegAction(keepDrawnArea(r.raw, known), d.municipios);
    if (checked.ok) return [{ id: r.id, input: checked.value }];
    errors[`fila ${r.row}`] = `Fila ${r.row}: ${Object.values(checked.errors).join(' ')}`;
    return [];
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  const screened = await Promise.all(
    valid.map(async (v) => ({
      ...v,
      screen: await screenTerritory(v.input.territory, stores().teamLayers, d.settings.buffer_km)
    }))
  );
  const n = await stores().peg.importRows(d.id, screened, actor);
  return {
    ok: true,
    summary: `Importado: ${n.created} nuevas, ${n.updated} actualizadas, ${n.unchanged} sin cambios.`
  };
}
