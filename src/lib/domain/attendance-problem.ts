// What the record of a session's attendance may hold (guide §2.1.2, §2.3.4): rows only for the
// entities convened, and no more representatives designated by ethnic organizations than
// representatives elected.
import type { SessionAttendance, SessionCounts } from './model/mesa';

/** The first problem with an attendance record (Spanish), or null. */
export function attendanceProblem(
  convened: readonly string[],
  rows: readonly SessionAttendance[],
  counts: SessionCounts
): string | null {
  const ethnic = counts.ethnicRepresentatives ?? null;
  if (ethnic !== null && ethnic > (counts.representatives ?? 0))
    return 'Los designados por organizaciones étnicas no pueden superar a los representantes.';
  const known = new Set(convened);
  const stranger = rows.find((a) => !known.has(a.entity));
  return stranger ? `«${stranger.entity}» no fue convocada a esta sesión.` : null;
}
