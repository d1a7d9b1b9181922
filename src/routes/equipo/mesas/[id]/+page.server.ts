import { sessionDeadlines } from '$lib/domain/session-deadlines';
import { requireStaff } from '$lib/server/auth/require-staff';
import { formWrite } from '$lib/server/forms/form-write';
import {
  readAttendance,
  readBallot,
  readCommitment,
  readConvocation,
  readMember,
  readSession,
  sessionId
} from '$lib/server/forms/mesa-forms';
import { requireDistrict } from '$lib/server/require-district';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const d = await requireDistrict(params.id);
  const [sessions, actions, members] = await Promise.all([
    stores().mesas.list(params.id),
    stores().peg.list(params.id),
    stores().members.list(params.id)
  ]);
  return {
    district: { id: d.id, name: d.name },
    sessions: sessions.map((s) => ({ ...s, deadlines: sessionDeadlines(s) })),
    members,
    validated: actions.filter((a) => a.status === 'validada').length,
    approved: actions.filter((a) => a.status === 'aprobada').length
  };
};

export const actions: Actions = {
  sesion: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    return formWrite('sesion', readSession(await request.formData()), async (s) => {
      await stores().mesas.create(params.id, s, user.email);
    });
  },
  asistencia: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = sessionId(f);
    return formWrite(`sesion-${id}`, readAttendance(f), async (a) => {
      await stores().mesas.attend(params.id, id, a.rows, a.counts, user.email);
    });
  },
  convocatoria: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = sessionId(f);
    return formWrite(`sesion-${id}`, readConvocation(f), async (sent) => {
      await stores().mesas.convene(params.id, id, sent, user.email);
    });
  },
  integrante: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    return formWrite('integrantes', readMember(await request.formData()), async (m) => {
      await stores().members.save(params.id, m, user.email);
    });
  },
  quitar_integrante: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    return formWrite('integrantes', readMember(await request.formData()), async (m) => {
      await stores().members.remove(params.id, m.mesa, m.entity, user.email);
    });
  },
  compromiso: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = sessionId(f);
    return formWrite(`sesion-${id}`, readCommitment(f), async (c) => {
      await stores().mesas.commit(params.id, id, c, user.email);
    });
  },
  votar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = sessionId(f);
    return formWrite(`sesion-${id}`, readBallot(f), async (b) => {
      await stores().mesas.vote(params.id, id, b, user.email);
    });
  }
};
