// The mesas page's forms read from FormData and checked (Checked): a session, its attendance and
// aggregate counts (thematic sessions add their representatives), its convocation, a commitment,
// a vote, a registry member. The stores check the guide's rules (RuleError) on what they receive.
import { isCalendarDate, type CalendarDate } from '../../domain/calendar-date';
import type { MesaKind, SessionKind } from '../../domain/mesa-deadlines';
import type { MesaMemberInput } from '../../domain/mesa-member';
import type { AttendanceMode } from '../../domain/mesa-quorum';
import type { VoteRule } from '../../domain/mesa-vote';
import type {
  BallotInput,
  CommitmentInput,
  SessionAttendance,
  SessionCounts,
  SessionInput
} from '../../domain/model/mesa';
import type { Checked } from './checked';
import { formCount } from './form-count';
import { formText as str } from './form-text';

const refuse = (error: string) => ({ ok: false as const, error });

/** The session number a session form is about (NaN when absent: the store answers 404). */
export const sessionId = (f: FormData): number => Number(str(f, 'id'));

export function readSession(f: FormData): Checked<SessionInput> {
  const mesa = str(f, 'mesa') as MesaKind;
  const kind = str(f, 'tipo') as SessionKind;
  const number = Number(str(f, 'numero'));
  const date = str(f, 'fecha');
  const [place, objective] = [str(f, 'lugar'), str(f, 'objetivo')];
  const entities = str(f, 'entidades')
    .split('\n')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!['mtin', 'distrital', 'tematica'].includes(mesa)) return refuse('Elija la mesa.');
  if (!['ordinaria', 'extraordinaria'].includes(kind)) return refuse('Elija el tipo de sesión.');
  if (!Number.isInteger(number) || number < 1)
    return refuse('El número de sesión debe ser 1 o más.');
  if (!isCalendarDate(date)) return refuse('La fecha debe ser AAAA-MM-DD.');
  if (!place || !objective) return refuse('Indique lugar y objetivo.');
  if (!entities.length || entities.length > 200)
    return refuse('Liste las entidades convocadas, una por línea (hasta 200).');
  return { ok: true, value: { mesa, kind, number, date, place, objective, entities } };
}

export function readCounts(f: FormData): Checked<SessionCounts> {
  const value = {
    attendees: formCount(f, 'asistentes'),
    selfRecognized: formCount(f, 'autorreconocidos'),
    professionals: formCount(f, 'profesionales'),
    representatives: formCount(f, 'representantes'),
    ethnicOrganizations: f.get('organizaciones_etnicas') === 'on',
    ethnicRepresentatives: formCount(f, 'designados_etnicos')
  };
  return Object.values(value).some((v) => Number.isNaN(v))
    ? refuse('Los conteos deben ser números enteros.')
    : { ok: true, value };
}

/** Each convened entity's attendance, with the session's counts. */
export function readAttendance(
  f: FormData
): Checked<{ rows: SessionAttendance[]; counts: SessionCounts }> {
  const written = new Set(f.getAll('escrita').map(String));
  // Per-row names: a disabled (unsent) delegate input cannot shift the others' values.
  const rows = f
    .getAll('entidad')
    .map(String)
    .map((entity, i) => {
      const mode = String(f.get(`modo-${i}`) ?? 'ausente') as AttendanceMode;
      const delegate = mode === 'delegado' ? str(f, `delegado-${i}`) || null : null;
      return {
        entity,
        mode,
        delegate,
        writtenDelegation: mode === 'delegado' && written.has(entity)
      };
    });
  if (rows.some((r) => !['titular', 'delegado', 'ausente'].includes(r.mode)))
    return refuse('Modo de asistencia desconocido.');
  const counts = readCounts(f);
  return counts.ok ? { ok: true, value: { rows, counts: counts.value } } : counts;
}

export function readConvocation(f: FormData): Checked<CalendarDate> {
  const sent = str(f, 'enviada');
  return isCalendarDate(sent)
    ? { ok: true, value: sent }
    : refuse('Indique la fecha de envío de la convocatoria (AAAA-MM-DD).');
}

export function readCommitment(f: FormData): Checked<CommitmentInput> {
  const [text, responsible, due] = [str(f, 'compromiso'), str(f, 'responsable'), str(f, 'plazo')];
  if (!text || [...text].length > 1000)
    return refuse('Escriba el compromiso (hasta 1.000 caracteres).');
  if (!responsible || [...responsible].length > 200) return refuse('Indique el responsable.');
  if (due && !isCalendarDate(due)) return refuse('La fecha del compromiso debe ser AAAA-MM-DD.');
  return { ok: true, value: { text, responsible, due: due || null } };
}

export function readBallot(f: FormData): Checked<BallotInput> {
  const [yes, no, abstain] = ['si', 'no', 'abstencion'].map((k) => formCount(f, k) ?? 0);
  const rule = str(f, 'regla') as VoteRule;
  if (
    yes === undefined ||
    no === undefined ||
    abstain === undefined ||
    [yes, no, abstain].some((v) => Number.isNaN(v)) ||
    !['dos_tercios', 'mayoria_simple'].includes(rule)
  )
    return refuse('Revise la regla y los votos (números enteros).');
  const subject = str(f, 'asunto');
  if (!subject) return refuse('Indique el asunto de la votación.');
  return {
    ok: true,
    value: { subject, rule, yes, no, abstain, approvesPeg: f.get('aprueba_peg') === 'on' }
  };
}

/** A registry member; the store checks the entity and e-mail (RuleError `member-invalid`). */
export function readMember(f: FormData): Checked<MesaMemberInput> {
  return {
    ok: true,
    value: {
      mesa: str(f, 'mesa') as MesaKind,
      entity: str(f, 'entidad'),
      delegate: str(f, 'delegado') || null,
      email: str(f, 'correo') || null,
      ethnic: f.get('etnica') === 'on'
    }
  };
}
