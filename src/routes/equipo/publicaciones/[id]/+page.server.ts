import { isoToBogota, periodState } from '$lib/domain/publication-period';
import { requireStaff } from '$lib/server/auth/require-staff';
import { municipioNames } from '$lib/server/municipio-names';
import { both, type Checked } from '$lib/server/forms/checked';
import { formWrite } from '$lib/server/forms/form-write';
import {
  commentId,
  readAnswer,
  readCommentId,
  readDocument,
  readDocumentId,
  readModeration,
  readPeriod,
  readRegisteredComment,
  type RegisteredComment,
  readSystematization
} from '$lib/server/forms/publication-forms';
import { requireDistrict } from '$lib/server/require-district';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const s = stores();
  const district = await requireDistrict(params.id);
  const publication = await s.publications.get(params.id);
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
    documents: publication ? await s.publications.documents(params.id) : [],
    comments: publication ? await s.comments.all(params.id) : [],
    audit: await s.audit.list(params.id, 50)
  };
};

export const actions: Actions = {
  periodo: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'periodo');
    const checked = readPeriod(await request.formData(), await requireDistrict(params.id));
    return formWrite('periodo', checked, async (v) => {
      await stores().publications.setPeriod(params.id, v, user.email);
    });
  },
  documento: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'periodo');
    const checked = await readDocument(await request.formData());
    return formWrite('documento', checked, async (v) => {
      await stores().publications.addDocument(params.id, v, user.email);
    });
  },
  retirar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'periodo');
    const id = readDocumentId(await request.formData());
    return formWrite('documento', id, async (v) => {
      await stores().publications.removeDocument(params.id, v, user.email);
    });
  },
  moderar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'moderar');
    const f = await request.formData();
    return formWrite(
      `comentario-${commentId(f)}`,
      both(readCommentId(f), readModeration(f)),
      async ([i, v]) => {
        await stores().comments.moderate(params.id, i, v.status, v.reason, user.email);
      }
    );
  },
  responder: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'responder');
    const f = await request.formData();
    return formWrite(
      `comentario-${commentId(f)}`,
      both(readCommentId(f), readAnswer(f)),
      async ([i, v]) => {
        await stores().comments.answer(params.id, i, v, user.email);
      }
    );
  },
  sistematizar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'sistematizar');
    const f = await request.formData();
    return formWrite(
      `comentario-${commentId(f)}`,
      both(readCommentId(f), readSystematization(f)),
      async ([i, v]) => {
        await stores().comments.systematize(params.id, i, v, user.email);
      }
    );
  },
  registrar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'registrar');
    const p = await stores().publications.get(params.id);
    const f = await request.formData();
    const checked: Checked<RegisteredComment> = p
      ? readRegisteredComment(f, p.municipios, new Date())
      : { ok: false, error: 'Abra primero el periodo de publicación.' };
    return formWrite('registrar', checked, async (c) => ({
      id: await stores().comments.add(params.id, c.comment, c.channel, user.email, c.receivedAt)
    }));
  }
};
