import { fail } from '@sveltejs/kit';
import { validatePegAction } from '$lib/domain/peg-action';
import { areaOutsideDistrict } from '$lib/server/area-in-district';
import { requireStaff } from '$lib/server/auth/require-staff';
import { TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { formWrite } from '$lib/server/forms/form-write';
import { pegActionId, pegFormObject, readPegMove } from '$lib/server/forms/peg-form';
import { municipioDirectory } from '$lib/server/municipio-directory';
import { municipioNames } from '$lib/server/municipio-names';
import { importPegBatch } from '$lib/server/peg-batch-import';
import { requireDistrict } from '$lib/server/require-district';
import { stores } from '$lib/server/store/open-store';
import { screenedLayers, screenTerritory } from '$lib/server/territory-screen';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const d = await requireDistrict(params.id);
  const names = municipioNames();
  const actions = await stores().peg.list(params.id);
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
    events: Object.fromEntries(
      await Promise.all(actions.map(async (a) => [a.id, await stores().peg.events(a.id)] as const))
    ),
    layers: await screenedLayers(stores().teamLayers)
  };
};

export const actions: Actions = {
  // A plan filled offline: every row checked first; nothing is saved unless all rows are valid.
  importar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    const d = await requireDistrict(params.id);
    const file = (await request.formData()).get('archivo');
    if (!(file instanceof File) || !file.size)
      return fail(400, { form: 'importar', errors: { archivo: 'Elija el XLSX del PEG.' } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await importPegBatch(d, { name: file.name, bytes }, user.email);
    return r.ok
      ? { form: 'importar', ok: true, summary: r.summary }
      : fail(400, { form: 'importar', errors: r.errors });
  },
  // Field errors per input (the same validation as the XLSX rows); the store's refusals as one.
  crear: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    const d = await requireDistrict(params.id);
    const checked = validatePegAction(pegFormObject(await request.formData()), d.municipios);
    if (!checked.ok) return fail(400, { form: 'crear', errors: checked.errors });
    const area = checked.value.territory.area;
    const outside = area && (await areaOutsideDistrict(area, d.municipios));
    if (outside) return fail(400, { form: 'crear', errors: { territory: outside } });
    const screen = await screenTerritory(
      checked.value.territory,
      stores().teamLayers,
      d.settings.buffer_km
    );
    return formWrite('crear', checked, async (input) => ({
      id: (await stores().peg.create(params.id, input, screen, user.email)).id
    }));
  },
  estado: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    const f = await request.formData();
    return formWrite(`accion-${pegActionId(f)}`, readPegMove(f), async (m) => {
      await stores().peg.move(params.id, m.id, m.to, m.concept, m.note, user.email);
    });
  }
};
