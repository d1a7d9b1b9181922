// The traffic light of a PEG action's quarterly follow-up (guide §5: quantitative and qualitative
// progress of each action). The guide fixes no thresholds; these are the platform's, shown in the
// app: the reported value of the indicator is compared with the value expected at the end of the
// quarter's close (the day after its last day), interpolated linearly from the baseline (at the
// start date) to each year's target (at the end of that year of the plan). Targets are levels of
// the indicator, like the baseline. Without a baseline nothing is interpolated (no assumed zero),
// and the quarter the action starts in is not judged until three months have run.
import { addMonths, daysBetween, type CalendarDate } from './calendar-date';
import { dueQuarter, quarterClose, type Quarter } from './plan-quarter';

export type Light =
  | 'verde'
  | 'amarillo'
  | 'rojo'
  | 'sin_dato'
  | 'sin_meta'
  | 'sin_linea_base'
  | 'sin_reporte'
  | 'en_arranque'
  | 'no_iniciada';

export const LIGHTS: readonly Light[] = [
  'verde',
  'amarillo',
  'rojo',
  'sin_dato',
  'sin_meta',
  'sin_linea_base',
  'sin_reporte',
  'en_arranque',
  'no_iniciada'
];

export const LIGHT_LABELS: Record<Light, string> = {
  verde: 'Al día',
  amarillo: 'Con retraso',
  rojo: 'Retraso crítico',
  sin_dato: 'Solo avance cualitativo',
  sin_meta: 'Sin meta para el año',
  sin_linea_base: 'Sin línea base',
  sin_reporte: 'Sin reporte',
  en_arranque: 'En arranque (menos de un trimestre)',
  no_iniciada: 'Aún no inicia'
};

/** Share of the expected progress reached: green from 90 %, yellow from 70 %. */
export const THRESHOLDS = { verde: 0.9, amarillo: 0.7 } as const;

export interface PlanIndicator {
  baseline: number | null;
  targets: (number | null)[];
  start_date: CalendarDate;
}

export interface Evaluation {
  light: Light;
  /** Year of the plan the date falls in (1…4; 0 before the start). */
  year: number;
  expected: number | null;
  /** Share of the expected progress reached (null when it cannot be computed). */
  ratio: number | null;
}

/** The value the indicator should have at `at`, and the year of the plan it falls in. */
export function expectedValue(
  a: PlanIndicator,
  at: CalendarDate
): { year: number; value: number | null } {
  if (at < a.start_date) return { year: 0, value: null };
  const years = a.targets.length;
  let year = 1;
  while (year < years && addMonths(a.start_date, 12 * year) <= at) year++;
  const target = a.targets[year - 1] ?? null;
  if (target === null) return { year, value: null };
  const earlier = a.targets.slice(0, year - 1).filter((t): t is number => t !== null);
  const from = earlier.at(-1) ?? a.baseline;
  if (from === null) return { year, value: null };
  const yearStart = addMonths(a.start_date, 12 * (year - 1));
  const yearEnd = addMonths(a.start_date, 12 * year);
  const f = Math.min(1, Math.max(0, daysBetween(yearStart, at) / daysBetween(yearStart, yearEnd)));
  return { year, value: from + (target - from) * f };
}

/** The light of one quarter's report (its value against the expected value at the quarter's close). */
export function evaluateReport(
  a: PlanIndicator,
  quarter: Quarter,
  value: number | null
): Evaluation {
  const close = quarterClose(quarter);
  const { year, value: expected } = expectedValue(a, close);
  const none = (light: Light): Evaluation => ({ light, year, expected, ratio: null });
  if (close <= a.start_date) return none('no_iniciada'); // the quarter ended before the start
  if (close < addMonths(a.start_date, 3)) return none('en_arranque');
  if (a.baseline === null) return none('sin_linea_base');
  if (expected === null) return none('sin_meta');
  if (value === null) return none('sin_dato');
  const base = a.baseline;
  const final = a.targets.filter((t): t is number => t !== null).at(-1) ?? base;
  const dir = final < base ? -1 : 1; // a target below the baseline: lower is better
  const needed = dir * (expected - base);
  const reached = dir * (value - base);
  if (needed <= 0) return { light: reached >= 0 ? 'verde' : 'rojo', year, expected, ratio: null };
  const ratio = reached / needed;
  const light =
    ratio >= THRESHOLDS.verde ? 'verde' : ratio >= THRESHOLDS.amarillo ? 'amarillo' : 'rojo';
  return { light, year, expected, ratio };
}

/** The action's light today: the report of the last quarter that has ended, if it came. */
export function actionLight(
  a: PlanIndicator,
  reports: readonly { quarter: Quarter; value: number | null }[],
  today: CalendarDate
): Evaluation & { quarter: Quarter } {
  const quarter = dueQuarter(today);
  const report = reports.find((r) => r.quarter === quarter);
  const e = evaluateReport(a, quarter, report?.value ?? null);
  const judged = e.light !== 'no_iniciada' && e.light !== 'en_arranque';
  if (!report && judged) return { ...e, light: 'sin_reporte', quarter };
  return { ...e, quarter };
}
