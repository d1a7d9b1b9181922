import { can } from '$lib/domain/staff-roles';
import { requireStaff } from '$lib/server/auth/require-staff';
import { apiFormResult } from '$lib/server/forms/api-form-result';
import { formWrite } from '$lib/server/forms/form-write';
import { stores } from '$lib/server/store/open-store';
import { libraryView } from '$lib/server/team-layers/library-view';
import { retireTeamLayer } from '$lib/server/team-layers/retire-team-layer';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  layers: libraryView(await stores().teamLayers.list()),
  canManage: locals.user !== null && can(locals.user.role, 'capas')
});

export const actions: Actions = {
  retirar: async ({ request, locals }) => {
    const f = await request.formData();
    const id = String(f.get('id') ?? '');
    const version = String(f.get('version') ?? '');
    const response = await retireTeamLayer(stores().teamLayers, locals.user, { id, version });
    return apiFormResult(`capa-${id}`, response, `Versión ${version} de «${id}» retirada.`);
  },
  publica: async ({ request, locals }) => {
    const user = requireStaff(locals.user, 'capas');
    const f = await request.formData();
    const id = String(f.get('id') ?? '');
    const shown = f.get('publica') === '1';
    return formWrite(`capa-${id}`, { ok: true, value: shown }, async (v) => {
      await stores().teamLayers.setPublic(id, v, user.email, new Date().toISOString());
      return {
        message: v
          ? `«${id}» se muestra en el mapa público.`
          : `«${id}» ya no se muestra en el mapa público.`
      };
    });
  }
};
