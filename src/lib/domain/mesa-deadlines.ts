// Deadlines of the mesas, from a session's date (guide §2.1.1, §2.1.2, §2.2.1, §2.2.2.1, §3.2, §5):
// convocations (MTIN ≥ 15 calendar days ahead; district ordinary 15, extraordinary 7; thematic and
// zonal ≥ 15), actas within 5 business days, the anexo 2 analysis 15 business days after the
// district's session 1, the entities' 15 days on the pre-filled PEG, and the quarterly follow-up
// instrument sent 20 days before a session and due 10 days before (DOMAIN.md §5).
import { addBusinessDays, businessDayOnOrBefore } from './business-days';
import { addDays, type CalendarDate } from './calendar-date';

export type MesaKind = 'mtin' | 'distrital' | 'tematica';
export type SessionKind = 'ordinaria' | 'extraordinaria';

/** Calendar days between sending the convocation and the session. */
export function convocationDays(mesa: MesaKind, kind: SessionKind): number {
  return mesa === 'distrital' && kind === 'extraordinaria' ? 7 : 15;
}

export interface Convocation {
  /** The last day the convocation may go out: `days` before the session… */
  latest: CalendarDate;
  /** …moved back to a business day when it falls on a weekend or holiday (null: no move). */
  movedFrom: CalendarDate | null;
  days: number;
}

export function convocationDeadline(
  session: CalendarDate,
  mesa: MesaKind,
  kind: SessionKind
): Convocation {
  const days = convocationDays(mesa, kind);
  const nominal = addDays(session, -days);
  const latest = businessDayOnOrBefore(nominal);
  return { latest, movedFrom: latest === nominal ? null : nominal, days };
}

/** The acta goes to the members within 5 business days of the session (§2.1.2). */
export const actaDue = (session: CalendarDate): CalendarDate => addBusinessDays(session, 5);

/** The anexo 2 analysis is presented 15 business days after the district's session 1 (§2.2.2.1). */
export const anexo2Due = (session1: CalendarDate): CalendarDate => addBusinessDays(session1, 15);

/** An entity has 15 days to complete the pre-filled PEG it was sent (§3.2). */
export const pegEntityDue = (sent: CalendarDate): CalendarDate => addDays(sent, 15);

/** The quarterly follow-up instrument: sent 20 days before the session, answered 10 days before. */
export const followUpDates = (session: CalendarDate) => ({
  send: addDays(session, -20),
  due: addDays(session, -10)
});
