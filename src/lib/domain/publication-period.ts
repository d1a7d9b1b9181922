// The publication period of a draft district (guide §1.2): the draft resolution is published for
// comments for at least 15 calendar days (Decreto 1081 de 2015, art. 2.1.2.1.14, as modified by
// Decreto 270 de 2017). Dates are entered and shown in Colombian time (UTC−5 all year, no DST)
// and stored as UTC ISO instants.

export const MIN_PERIOD_DAYS = 15;
const DAY_MS = 86_400_000;
const BOGOTA_OFFSET = '-05:00';

export type PeriodState = 'programado' | 'abierto' | 'cerrado';

export interface Period {
  opens_at: string;
  closes_at: string;
}

/** `2026-12-01T08:00` (Bogotá wall time, from an <input type="datetime-local">) → UTC ISO. */
export function bogotaToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const d = new Date(`${m[0]}:00${BOGOTA_OFFSET}`);
  if (Number.isNaN(d.getTime())) return null;
  // Reject impossible dates that Date would roll over (2026-02-30).
  const back = isoToBogota(d.toISOString());
  return back === m[0] ? d.toISOString() : null;
}

/** UTC ISO → `YYYY-MM-DDTHH:mm` in Bogotá (for datetime-local inputs). */
export function isoToBogota(iso: string): string {
  const d = new Date(new Date(iso).getTime() - 5 * 3_600_000);
  return d.toISOString().slice(0, 16);
}

/** Where `now` falls: before the opening, inside [opens, closes), or after. */
export function periodState(p: Period, now: Date): PeriodState {
  const t = now.getTime();
  if (t < Date.parse(p.opens_at)) return 'programado';
  return t < Date.parse(p.closes_at) ? 'abierto' : 'cerrado';
}

/** A Spanish reason the period cannot be set, or null. */
export function periodError(opensIso: string, closesIso: string): string | null {
  const span = Date.parse(closesIso) - Date.parse(opensIso);
  if (!(span > 0)) return 'El cierre debe ser posterior a la apertura.';
  if (span < MIN_PERIOD_DAYS * DAY_MS) {
    // Rounded down: a period one minute short never reads as the minimum itself.
    const days = Math.floor(span / DAY_MS);
    const hours = Math.floor((span % DAY_MS) / 3_600_000);
    const length = `${days} ${days === 1 ? 'día' : 'días'}${hours ? ` y ${hours} h` : ''}`;
    return `El periodo de publicación debe durar al menos ${MIN_PERIOD_DAYS} días calendario (Decreto 270 de 2017); este dura ${length}.`;
  }
  return null;
}

/** «1 de diciembre de 2026, 8:00 a. m.» in Bogotá. */
export const formatBogota = (iso: string): string =>
  new Intl.DateTimeFormat('es-CO', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/Bogota'
  }).format(new Date(iso));
