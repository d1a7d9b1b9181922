import { error, fail } from '@sveltejs/kit';
import { isCalendarDate } from '$lib/domain/calendar-date';
import type { MesaKind, SessionKind } from '$lib/domain/mesa-deadlines';
import type { AttendanceMode } from '$lib/domain/mesa-quorum';
import type { VoteRule } from '$lib/domain/mesa-vote';
import { sessionDeadlines } from '$lib/domain/session-deadlines';
import { requireStaff } from '$lib/server/auth/require-staff';
import { formText, readCounts, readMember } from '$lib/server/mesa-forms';
import { stores } from '$lib/server/store/open-store';
import type { Actions, PageServerLoad } from './$types';
import { NotFoundError } from '$lib/domain/errors/not-found-error';
import { RuleError } from '$lib/domain/errors/rule-error';

const str = formText;
const count = (f: FormData, k: string) => {
  const v = str(f, k);
  return v === '' ? null : /^\d{1,6}$/.test(v) ? Number(v) : NaN;
};

export const load: PageServerLoad = ({ params }) => {
  const d = stores().districts.get(params.id);
  if (!d) error(404, `No existe el distrito «${params.id}».`);
  const sessions = stores().mesas.list(params.id);
  const actions = stores().peg.list(params.id);
  return {
    district: { id: d.id, name: d.name },
    sessions: sessions.map((s) => ({ ...s, deadlines: sessionDeadlines(s) })),
    members: stores().members.list(params.id),
    validated: actions.filter((a) => a.status === 'validada').length,
    approved: actions.filter((a) => a.status === 'aprobada').length
  };
};

/** Runs a store write; a missing record or a refused rule becomes form feedback. */
function attempt(form: string, write: () => unknown) {
  try {
    write();
  } catch (e) {
    if (e instanceof NotFoundError) return fail(404, { form, error: e.message });
    if (e instanceof RuleError) return fail(400, { form, error: e.message });
    throw e;
  }
  return { form, ok: true };
}

export const actions: Actions = {
  sesion: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const mesa = str(f, 'mesa') as MesaKind;
    const kind = str(f, 'tipo') as SessionKind;
    const number = Number(str(f, 'numero'));
    const date = str(f, 'fecha');
    const entities = str(f, 'entidades')
      .split('\n')
      .map((e) => e.trim())
      .filter(Boolean);
    const problem = !['mtin', 'distrital', 'tematica'].includes(mesa)
      ? 'Elija la mesa.'
      : !['ordinaria', 'extraordinaria'].includes(kind)
        ? 'Elija el tipo de sesión.'
        : !Number.isInteger(number) || number < 1
          ? 'El número de sesión debe ser 1 o más.'
          : !isCalendarDate(date)
            ? 'La fecha debe ser AAAA-MM-DD.'
            : !str(f, 'lugar') || !str(f, 'objetivo')
              ? 'Indique lugar y objetivo.'
              : !entities.length || entities.length > 200
                ? 'Liste las entidades convocadas, una por línea (hasta 200).'
                : null;
    if (problem) return fail(400, { form: 'sesion', error: problem });
    return attempt('sesion', () =>
      stores().mesas.create(
        params.id,
        {
          mesa,
          kind,
          number,
          date,
          place: str(f, 'lugar'),
          objective: str(f, 'objetivo'),
          entities
        },
        user.email
      )
    );
  },
  asistencia: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = Number(str(f, 'id'));
    const entities = f.getAll('entidad').map(String);
    const written = new Set(f.getAll('escrita').map(String));
    // Per-row names: a disabled (unsent) delegate input cannot shift the others' values.
    const rows = entities.map((entity, i) => {
      const mode = String(f.get(`modo-${i}`) ?? 'ausente') as AttendanceMode;
      return {
        entity,
        mode,
        delegate: mode === 'delegado' ? String(f.get(`delegado-${i}`) ?? '').trim() || null : null,
        writtenDelegation: mode === 'delegado' && written.has(entity)
      };
    });
    if (rows.some((r) => !['titular', 'delegado', 'ausente'].includes(r.mode)))
      return fail(400, { form: `sesion-${id}`, error: 'Modo de asistencia desconocido.' });
    const counts = readCounts(f);
    if (!counts.ok) return fail(400, { form: `sesion-${id}`, error: counts.error });
    return attempt(`sesion-${id}`, () =>
      stores().mesas.attend(params.id, id, rows, counts.value, user.email)
    );
  },
  convocatoria: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = Number(str(f, 'id'));
    const sent = str(f, 'enviada');
    if (!isCalendarDate(sent))
      return fail(400, {
        form: `sesion-${id}`,
        error: 'Indique la fecha de envío de la convocatoria (AAAA-MM-DD).'
      });
    return attempt(`sesion-${id}`, () => stores().mesas.convene(params.id, id, sent, user.email));
  },
  integrante: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    return attempt('integrantes', () =>
      stores().members.save(params.id, readMember(f), user.email)
    );
  },
  quitar_integrante: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const m = readMember(f);
    return attempt('integrantes', () =>
      stores().members.remove(params.id, m.mesa, m.entity, user.email)
    );
  },
  compromiso: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = Number(str(f, 'id'));
    const [text, responsible, due] = [str(f, 'compromiso'), str(f, 'responsable'), str(f, 'plazo')];
    const problem =
      !text || [...text].length > 1000
        ? 'Escriba el compromiso (hasta 1.000 caracteres).'
        : !responsible || [...responsible].length > 200
          ? 'Indique el responsable.'
          : due && !isCalendarDate(due)
            ? 'La fecha del compromiso debe ser AAAA-MM-DD.'
            : null;
    if (problem) return fail(400, { form: `sesion-${id}`, error: problem });
    return attempt(`sesion-${id}`, () =>
      stores().mesas.commit(params.id, id, { text, responsible, due: due || null }, user.email)
    );
  },
  votar: async ({ params, request, locals }) => {
    const user = requireStaff(locals.user, 'mesas');
    const f = await request.formData();
    const id = Number(str(f, 'id'));
    const [yes, no, abstain] = ['si', 'no', 'abstencion'].map((k) => count(f, k) ?? 0);
    const rule = str(f, 'regla') as VoteRule;
    if (
      [yes, no, abstain].some((v) => Number.isNaN(v)) ||
      !['dos_tercios', 'mayoria_simple'].includes(rule)
    )
      return fail(400, {
        form: `sesion-${id}`,
        error: 'Revise la regla y los votos (números enteros).'
      });
    const subject = str(f, 'asunto');
    if (!subject)
      return fail(400, { form: `sesion-${id}`, error: 'Indique el asunto de la votación.' });
    return attempt(`sesion-${id}`, () =>
      stores().mesas.vote(
        params.id,
        id,
        {
          subject,
          rule,
          yes: yes!,
          no: no!,
          abstain: abstain!,
          approvesPeg: f.get('aprueba_peg') === 'on'
        },
        user.email
      )
    );
  }
};
