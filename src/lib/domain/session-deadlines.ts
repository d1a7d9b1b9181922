// Every date that hangs on one session of a mesa (guide §2): the last day to send its
// convocation, when its acta is due, and — for the district mesa — the anexo 2 after session 1,
// the window of session 2, the next ordinary session and the follow-up instrument from session 3
// (an extraordinary session has only its convocation and acta).
import type { CalendarDate } from './calendar-date';
import {
  actaDue,
  anexo2Due,
  convocationDeadline,
  followUpDates,
  type MesaKind,
  type SessionKind
} from './mesa-deadlines';
import { districtSessionWindow, nextMtinSession, thematicSchedule } from './session-windows';

export interface SessionDeadline {
  label: string;
  date: CalendarDate;
  /** Until this date (a window's end), when the rule gives a range. */
  until?: CalendarDate;
  note?: string;
}

export function sessionDeadlines(s: {
  mesa: MesaKind;
  kind: SessionKind;
  number: number;
  date: CalendarDate;
}): SessionDeadline[] {
  const c = convocationDeadline(s.date, s.mesa, s.kind);
  const out: SessionDeadline[] = [
    {
      label: `Enviar la convocatoria (${c.days} días antes)`,
      date: c.latest,
      ...(c.movedFrom ? { note: `el ${c.movedFrom} no es hábil` } : {})
    },
    { label: 'Remitir el acta (5 días hábiles)', date: actaDue(s.date) }
  ];
  // An extraordinary session neither moves the ordinary cycle nor carries the follow-up.
  if (s.kind === 'extraordinaria') return out;
  if (s.mesa === 'mtin')
    out.push({ label: 'Próxima sesión ordinaria (cada 2 meses)', date: nextMtinSession(s.date) });
  if (s.mesa === 'distrital' && s.number === 1) {
    out.push({
      label: 'Análisis de dinámicas, anexo 2 (15 días hábiles)',
      date: anexo2Due(s.date)
    });
    const w = districtSessionWindow(2, s.date);
    out.push({ label: 'Sesión 2 (entre el 2.º y el 4.º mes)', date: w.from, until: w.to });
    const [first, second] = thematicSchedule(s.date);
    out.push({
      label: 'Mesas temáticas y zonales (mensuales, máximo 3 meses)',
      date: first!,
      until: second!
    });
  }
  if (s.mesa === 'distrital' && s.number >= 2)
    out.push({
      label: 'Próxima sesión ordinaria (cada 4 meses)',
      date: districtSessionWindow(3, s.date, s.date).from
    });
  if (s.mesa === 'distrital' && s.number >= 3) {
    const f = followUpDates(s.date);
    out.push({ label: 'Enviar el instrumento de seguimiento (20 días antes)', date: f.send });
    out.push({ label: 'Respuesta de las entidades (10 días antes)', date: f.due });
  }
  return out;
}
