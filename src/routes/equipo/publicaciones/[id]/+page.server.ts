import { error, fail } from '@sveltejs/kit';
import { isoToBogota, periodState } from '$lib/domain/publication-period';
import { validateComment } from '$lib/domain/validate-comment';
import { requireStaff } from '$lib/server/auth/require-staff';
import { municipioNames } from '$lib/server/municipio-names';
import {
  both,
  commentId,
  readAnswer,
  readChannel,
  readDocument,
  readModeration,
  readPeriod,
  readSystematization,
  type Checked
} from '$lib/server/staff-forms';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';

export const load: PageServerLoad = ({ params }) => {
  const s = stores();
  const district = s.districts.get(params.id);
  if (!district) error(404, `No existe el distrito «${params.id}».`);
  const publication = s.publications.get(params.id);
  const directory = municipioNames();
  const codes = publication?.municipios ?? district.municipios;
  return {
    district: { id: district.id, name: district.name, municipios: district.municipios },
    publication,
    state: publication ? periodState(publication, new Date()) : null,
    local: publication
      ? { opens: isoToBogota(publication.opens_at), closes: isoToBogota(publication.closes_at) }
      : null,
    municipios: codes.map((c) => ({ code: c, name: directory.get(c) ?? c })),
    documents: publication ? s.publications.documents(params.id) : [],
    comments: publication ? s.comments.all(params.id) : [],
    audit: s.audit.list(params.id, 50)
  };
};

/** Runs a store write for a checked form, turning a missing record into 404-like feedback. */
function run<T>(form: string, checked: Checked<T>, write: (v: T) => unknown) {
  if (!checked.ok) return fail(400, { form, error: checked.error });
  try {
    write(checked.value);
  } catch (e) {
    if (e instanceof NotFoundError) return fail(404, { form, error: e.message });
    throw e;
  }
  return { form, ok: true };
}

const needId = (f: FormData): Checked<number> => {
  const id = commentId(f);
  return id === null
    ? { ok: false, error: 'Falta el número del comentario.' }
    : { ok: true, value: id };
};

export const actions: Actions = {
  periodo: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'periodo');
    const district = stores().districts.get(params.id);
    if (!district) error(404, `No existe el distrito «${params.id}».`);
    const checked = readPeriod(await request.formData(), district);
    return run('periodo', checked, (v) =>
      stores().publications.setPeriod(params.id, v, user.email)
    );
  },
  documento: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'periodo');
    const checked = await readDocument(await request.formData());
    return run('documento', checked, (v) =>
      stores().publications.addDocument(params.id, v, user.email)
    );
  },
  retirar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'periodo');
    const id = needId(await request.formData());
    return run('documento', id, (v) =>
      stores().publications.removeDocument(params.id, v, user.email)
    );
  },
  moderar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'moderar');
    const f = await request.formData();
    return run(`comentario-${commentId(f)}`, both(needId(f), readModeration(f)), ([i, v]) =>
      stores().comments.moderate(params.id, i, v.status, v.reason, user.email)
    );
  },
  responder: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'responder');
    const f = await request.formData();
    return run(`comentario-${commentId(f)}`, both(needId(f), readAnswer(f)), ([i, v]) =>
      stores().comments.answer(params.id, i, v, user.email)
    );
  },
  sistematizar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'sistematizar');
    const f = await request.formData();
    return run(`comentario-${commentId(f)}`, both(needId(f), readSystematization(f)), ([i, v]) =>
      stores().comments.systematize(params.id, i, v, user.email)
    );
  },
  registrar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'registrar');
    const p = stores().publications.get(params.id);
    if (!p)
      return fail(400, { form: 'registrar', error: 'Abra primero el periodo de publicación.' });
    const f = await request.formData();
    const channel = readChannel(f, new Date());
    if (!channel.ok) return fail(400, { form: 'registrar', error: channel.error });
    const raw = Object.fromEntries(
      ['texto', 'nombre', 'organizacion', 'email', 'municipio', 'componente'].map((k) => [
        k,
        f.get(k) ?? undefined
      ])
    );
    const c = validateComment(raw, p.municipios);
    if (!c.ok) return fail(400, { form: 'registrar', error: Object.values(c.errors).join(' ') });
    const id = stores().comments.add(
      params.id,
      c.value,
      channel.value.channel,
      user.email,
      channel.value.receivedAt
    );
    return { form: 'registrar', ok: true, id };
  }
};
