// Whether a session's convocation went out in time: the date it was sent against the last day the
// guide allows (`convocationDeadline`, moved back to a business day when needed).
import { daysBetween, type CalendarDate } from './calendar-date';
import { convocationDeadline, type MesaKind, type SessionKind } from './mesa-deadlines';

export interface ConvocationStatus {
  /** The last day it could be sent. */
  deadline: CalendarDate;
  /** Days after the deadline (0: on time). */
  lateDays: number;
  /** Spanish summary. */
  text: string;
}

export function convocationStatus(
  sent: CalendarDate,
  session: { date: CalendarDate; mesa: MesaKind; kind: SessionKind }
): ConvocationStatus {
  const { latest, days } = convocationDeadline(session.date, session.mesa, session.kind);
  const lateDays = Math.max(0, daysBetween(latest, sent));
  const text =
    lateDays === 0
      ? `A tiempo: enviada el ${sent}; el plazo vencía el ${latest} (${days} días antes).`
      : `Tardía: enviada el ${sent}, ${lateDays} ${lateDays === 1 ? 'día' : 'días'} después del plazo (${latest}).`;
  return { deadline: latest, lateDays, text };
}
