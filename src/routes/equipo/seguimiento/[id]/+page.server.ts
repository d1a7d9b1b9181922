import { fail } from '@sveltejs/kit';
import { bogotaToday } from '$lib/domain/calendar-date';
import { ImportError } from '$lib/import/import-error';
import { readFollowUp } from '$lib/import/read-follow-up';
import { requireStaff } from '$lib/server/auth/require-staff';
import { requireDistrict } from '$lib/server/require-district';
import { followUpView } from '$lib/server/follow-up-view';
import { saveProgress } from '$lib/server/save-progress';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';

const district = requireDistrict;

export const load: PageServerLoad = async ({ params }) => {
  const d = await district(params.id);
  const today = bogotaToday(new Date());
  return { district: { id: d.id, name: d.name }, today, ...(await followUpView(d, today)) };
};

const outcome = (form: string, r: Awaited<ReturnType<typeof saveProgress>>) =>
  'errors' in r ? fail(400, { form, errors: r.errors }) : { form, message: r.message };

export const actions: Actions = {
  reportar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    await district(params.id);
    const f = await request.formData();
    const raw = {
      action_id: f.get('accion'),
      quarter: f.get('trimestre'),
      value: String(f.get('valor') ?? ''),
      text: f.get('texto')
    };
    return outcome(
      'reportar',
      await saveProgress(
        stores().progress,
        params.id,
        [{ label: '', raw }],
        bogotaToday(new Date()),
        user.email
      )
    );
  },
  // A filled instrument: every row checked first; nothing is saved unless all are valid.
  importar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'peg');
    await district(params.id);
    const file = (await request.formData()).get('archivo');
    if (!(file instanceof File) || !file.size)
      return fail(400, { form: 'importar', errors: ['Elija el instrumento diligenciado (XLSX).'] });
    try {
      const rows = await readFollowUp({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer())
      });
      return outcome(
        'importar',
        await saveProgress(
          stores().progress,
          params.id,
          rows.map((r) => ({ label: `Fila ${r.row}`, raw: r.raw })),
          bogotaToday(new Date()),
          user.email
        )
      );
    } catch (e) {
      if (e instanceof ImportError) return fail(400, { form: 'importar', errors: [e.message] });
      throw e;
    }
  }
};
