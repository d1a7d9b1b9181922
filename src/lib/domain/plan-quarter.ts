// Calendar quarters of the PEG follow-up (guide §5, quarterly): 'YYYY-Tn', n = 1…4 (T1 is
// January–March). Pure string arithmetic on calendar dates.
import { addDays, type CalendarDate } from './calendar-date';

export type Quarter = string;

const PATTERN = /^(\d{4})-T([1-4])$/;
const MONTHS = ['ene–mar', 'abr–jun', 'jul–sep', 'oct–dic'];

export const isQuarter = (q: unknown): q is Quarter => typeof q === 'string' && PATTERN.test(q);

function parts(q: Quarter): [number, number] {
  const m = PATTERN.exec(q);
  if (!m) throw new Error(`Trimestre inválido: «${q}» (use AAAA-T1 … AAAA-T4).`);
  return [Number(m[1]), Number(m[2])];
}

export const quarterOf = (d: CalendarDate): Quarter =>
  `${d.slice(0, 4)}-T${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;

/** First and last day of the quarter. */
export function quarterSpan(q: Quarter): { start: CalendarDate; end: CalendarDate } {
  const [y, n] = parts(q);
  const month = (n - 1) * 3;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { start: iso(Date.UTC(y, month, 1)), end: iso(Date.UTC(y, month + 3, 0)) };
}

/** The day a quarter is judged: the day after its last day. */
export const quarterClose = (q: Quarter): CalendarDate => addDays(quarterSpan(q).end, 1);

export function previousQuarter(q: Quarter): Quarter {
  const [y, n] = parts(q);
  return n === 1 ? `${y - 1}-T4` : `${y}-T${n - 1}`;
}

/** The quarter whose report is due at `today`: the last one that has ended. */
export const dueQuarter = (today: CalendarDate): Quarter => previousQuarter(quarterOf(today));

/** "T3 2026 (jul–sep)". */
export function quarterLabel(q: Quarter): string {
  const [y, n] = parts(q);
  return `T${n} ${y} (${MONTHS[n - 1]})`;
}
