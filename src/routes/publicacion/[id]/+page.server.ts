import { error, fail } from '@sveltejs/kit';
import { periodState } from '$lib/domain/publication-period';
import { publicPeriods } from '$lib/domain/public-periods';
import { TILE_MAX_ZOOM } from '$lib/server/boundary-tiles';
import { municipioDirectory } from '$lib/server/municipio-directory';
import { municipioNames } from '$lib/server/municipio-names';
import { receiveComment } from '$lib/server/receive-comment';
import { stores } from '$lib/server/store/open-store';
import { teamLibraryView } from '$lib/server/team-layers/team-library-view';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['texto', 'nombre', 'organizacion', 'email', 'municipio', 'componente', 'geometria'];

export const load: PageServerLoad = async ({ params }) => {
  const s = stores();
  const publication = await s.publications.get(params.id);
  if (!publication)
    error(404, {
      message: `El distrito «${params.id}» no está en publicación.`,
      periods: publicPeriods(await s.publications.list(), new Date())
    });
  const directory = new Map(municipioDirectory().map((d) => [d.code, d]));
  return {
    publication,
    state: periodState(publication, new Date()),
    municipios: publication.municipios.flatMap((c) => {
      const d = directory.get(c);
      return d
        ? [
            {
              code: c,
              name: municipioNames().get(c) ?? d.name,
              department: d.department,
              bbox: d.bbox
            }
          ]
        : [];
    }),
    documents: await s.publications.documents(params.id),
    comments: await s.comments.published(params.id),
    // What the public sees, for staff too: the team layers marked public.
    team: await teamLibraryView(s.teamLayers, null),
    tileMaxZoom: TILE_MAX_ZOOM
  };
};

export const actions: Actions = {
  // The public form (SvelteKit checks the request's origin for form posts).
  comentar: async ({ params, request, getClientAddress }) => {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return fail(400, { error: 'El formulario no se pudo leer.', errors: {}, values: {} });
    }
    const raw = Object.fromEntries(
      [...FIELDS, 'sitio_web'].map((k) => [k, form.get(k) ?? undefined])
    );
    const values = Object.fromEntries(
      FIELDS.map((k) => [k, typeof raw[k] === 'string' ? raw[k] : ''])
    ) as Record<string, string>;
    const r = await receiveComment(stores(), params.id, raw, getClientAddress());
    if (r.status === 201) return { id: r.id };
    return fail(r.status, { error: r.error, errors: r.errors ?? {}, values });
  }
};
