// Which reports the follow-up accepts (guide §5 «Seguimiento a los PEG»): the follow-up is of the
// approved PEG, so only approved actions of the district are reported, and never for a quarter
// that ended before the action started.
import type { CalendarDate } from './calendar-date';
import type { PegStatus } from './peg-workflow';
import { quarterLabel, quarterSpan, type Quarter } from './plan-quarter';

/** Why the report of action `id` for `quarter` is refused (Spanish), or null. */
export function followUpProblem(
  id: number,
  quarter: Quarter,
  action: { status: PegStatus; start_date: CalendarDate } | undefined
): string | null {
  if (!action) return `La acción ${id} no es del PEG de este distrito.`;
  if (action.status !== 'aprobada')
    return `La acción ${id} aún no está aprobada: el seguimiento es del PEG aprobado (§5).`;
  if (quarterSpan(quarter).end < action.start_date)
    return `La acción ${id} empieza el ${action.start_date}: el ${quarterLabel(quarter)} terminó antes.`;
  return null;
}
