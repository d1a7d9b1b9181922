import { fail } from '@sveltejs/kit';
import { validatePegAction } from '$lib/domain/peg-action';
import { PEG_STATUSES, type PegStatus } from '$lib/domain/peg-workflow';
import { areaOutsideDistrict } from '$lib/server/area-in-district';
import { requireStaff } from '$lib/server/auth/require-staff';
import { requireDistrict } from '$lib/server/require-district';
import { TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { municipioDirectory } from '$lib/server/municipio-directory';
import { municipioNames } from '$lib/server/municipio-names';
import { pegFormObject } from '$lib/server/peg-form';
import { ImportError } from '$lib/import/import-error';
import { keepDrawnArea } from '$lib/import/keep-drawn-area';
import { readPeg, type PegRow } from '$lib/import/read-peg';
import { stores } from '$lib/server/store/open-store';
import { screenedLayers, screenTerritory } from '$lib/server/territory-screen';
import type { Actions, PageServerLoad } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';
import { RuleError } from '$lib/domain/errors/rule-error';

const district = requireDistrict;

export const load: PageServerLoad = ({ params }) => {
  const d = district(params.id);
  const names = municipioNames();
  const actions = stores().peg.list(params.id);
  const boxes = new Map(municipioDirectory().map((m) => [m.code, m.bbox]));
  return {
    district: { id: d.id, name: d.name },
    municipios: d.municipios.map((c) => ({
      code: c,
      name: names.get(c) ?? c,
      bbox: boxes.get(c) ?? null
    })),
    tileMaxZoom: TILE_MAX_ZOOM,
    actions,
    events: Object.fromEntries(actions.map((a) => [a.id, stores().peg.events(a.id)])),
    layers: screenedLayers()
  };
};

export const actions: Actions = {
  // A plan filled offline: every row checked first; nothing is saved unless all rows are valid.
  importar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    const d = district(params.id);
    const file = (await request.formData()).get('archivo');
    if (!(file instanceof File) || !file.size)
      return fail(400, { form: 'importar', errors: { archivo: 'Elija el XLSX del PEG.' } });
    let rows: PegRow[];
    try {
      rows = await readPeg({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (e) {
      if (e instanceof ImportError)
        return fail(400, { form: 'importar', errors: { archivo: e.message } });
      throw e;
    }
    const existing = new Map(
      stores()
        .peg.list(params.id)
        .map((a) => [a.id, a])
    );
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
    if (Object.keys(errors).length) return fail(400, { form: 'importar', errors });
    const screened = await Promise.all(
      valid.map(async (v) => ({
        ...v,
        screen: await screenTerritory(v.input.territory, d.settings.buffer_km)
      }))
    );
    const n = stores().peg.importRows(params.id, screened, user.email);
    return {
      form: 'importar',
      ok: true,
      summary: `Importado: ${n.created} nuevas, ${n.updated} actualizadas, ${n.unchanged} sin cambios.`
    };
  },
  crear: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    const d = district(params.id);
    const checked = validatePegAction(pegFormObject(await request.formData()), d.municipios);
    if (!checked.ok) return fail(400, { form: 'crear', errors: checked.errors });
    const area = checked.value.territory.area;
    const outside = area && (await areaOutsideDistrict(area, d.municipios));
    if (outside) return fail(400, { form: 'crear', errors: { territory: outside } });
    const screen = await screenTerritory(checked.value.territory, d.settings.buffer_km);
    const a = stores().peg.create(params.id, checked.value, screen, user.email);
    return { form: 'crear', ok: true, id: a.id };
  },
  estado: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    const f = await request.formData();
    const id = Number(f.get('id'));
    const to = String(f.get('estado')) as PegStatus;
    if (!PEG_STATUSES.includes(to))
      return fail(400, { form: `accion-${id}`, error: 'Estado desconocido.' });
    const justification = String(f.get('justificacion') ?? '').trim();
    const concept = f.has('incluir') ? { include: f.get('incluir') === 'si', justification } : null;
    try {
      stores().peg.move(
        params.id,
        id,
        to,
        concept,
        String(f.get('nota') ?? '').trim() || null,
        user.email
      );
    } catch (e) {
      if (e instanceof NotFoundError) return fail(404, { form: `accion-${id}`, error: e.message });
      if (e instanceof RuleError) return fail(400, { form: `accion-${id}`, error: e.message });
      throw e;
    }
    return { form: `accion-${id}`, ok: true };
  }
};
