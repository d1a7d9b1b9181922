// Quarterly follow-up of the PEG (guide §5): quarters, the value expected at a quarter's end
// (hand-computed from the baseline and the yearly targets), the traffic light at its thresholds,
// the validation of a report, the counts behind the dashboard's bars and the municipios an action
// reaches. Geometries are hand-made test squares, not real data.
import { describe, expect, it } from 'vitest';
import { lightStack } from '../src/lib/charts/light-stack';
import { actionsByMunicipio } from '../src/lib/geo/actions-by-municipio';
import {
  dueQuarter,
  isQuarter,
  previousQuarter,
  quarterLabel,
  quarterOf,
  quarterSpan
} from '../src/lib/domain/plan-quarter';
import { parseNumber } from '../src/lib/domain/parse-number';
import {
  actionLight,
  evaluateReport,
  expectedValue,
  type PlanIndicator
} from '../src/lib/domain/progress-light';
import { validateProgress } from '../src/lib/domain/validate-progress';
import type { Polygon } from 'geojson';

describe('§5 quarters of the follow-up', () => {
  it('splits the year in four calendar quarters', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-T1');
    expect(quarterOf('2026-04-01')).toBe('2026-T2');
    expect(quarterOf('2026-12-31')).toBe('2026-T4');
    expect(quarterSpan('2028-T1')).toEqual({ start: '2028-01-01', end: '2028-03-31' });
    expect(quarterSpan('2026-T3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterSpan('2026-T4').end).toBe('2026-12-31');
    expect(quarterLabel('2026-T3')).toBe('T3 2026 (jul–sep)');
  });

  it('the quarter due is the last one that has ended', () => {
    expect(previousQuarter('2027-T1')).toBe('2026-T4');
    expect(dueQuarter('2026-11-28')).toBe('2026-T3');
    expect(dueQuarter('2026-10-01')).toBe('2026-T3');
    expect(dueQuarter('2026-09-30')).toBe('2026-T2');
  });

  it('accepts only AAAA-T1…T4', () => {
    expect(isQuarter('2026-T4')).toBe(true);
    for (const q of ['2026-T5', '2026-Q1', '2026T1', '26-T1', 2026])
      expect(isQuarter(q)).toBe(false);
    expect(() => quarterSpan('2026-T0')).toThrow(/Trimestre inválido/);
  });
});

describe('§5 expected value: linear from the baseline to each year-end target', () => {
  const up: PlanIndicator = {
    baseline: 0,
    targets: [100, 200, 300, 400],
    start_date: '2026-01-01'
  };

  it('interpolates within a year (hand-computed day fractions)', () => {
    // 2026-07-02 is 182 of 365 days into year 1: 100 × 182/365.
    expect(expectedValue(up, '2026-07-02').value).toBeCloseTo((100 * 182) / 365, 9);
    expect(expectedValue(up, '2026-07-02').year).toBe(1);
    // The first day of year 2 is exactly the year-1 target.
    expect(expectedValue(up, '2027-01-01')).toEqual({ year: 2, value: 100 });
    // Half of 2028 (leap year: 182 of 366 days) between 200 and 300.
    expect(expectedValue(up, '2028-07-01').value).toBeCloseTo(200 + (100 * 182) / 366, 9);
  });

  it('after year 4 the last target stays; before the start nothing is expected', () => {
    expect(expectedValue(up, '2031-06-30')).toEqual({ year: 4, value: 400 });
    expect(expectedValue(up, '2025-12-31')).toEqual({ year: 0, value: null });
  });

  it('a year without target has no expected value; a gap interpolates from the last known', () => {
    const gap: PlanIndicator = {
      baseline: 10,
      targets: [20, null, 40, null],
      start_date: '2026-01-01'
    };
    expect(expectedValue(gap, '2027-06-01').value).toBeNull();
    // Year 3 starts from the year-1 target (20): 2028-01-01 + 182 days of 366.
    expect(expectedValue(gap, '2028-07-01').value).toBeCloseTo(20 + (20 * 182) / 366, 9);
  });
});

describe('§5 traffic light (platform thresholds: green ≥ 90 %, yellow ≥ 70 %)', () => {
  // A quarter is judged at its close, the day after its last day: 2026-T4 closes 2027-01-01,
  // when a plan started 2026-01-01 completes its year 1, so it is compared with the year-1 target.
  const a: PlanIndicator = { baseline: 0, targets: [100, 200, 300, 400], start_date: '2026-01-01' };
  const light = (v: number | null) => evaluateReport(a, '2026-T4', v).light;

  it('switches exactly at the thresholds', () => {
    expect(evaluateReport(a, '2026-T4', 90)).toMatchObject({
      light: 'verde',
      expected: 100,
      ratio: 0.9
    });
    expect(light(89.99)).toBe('amarillo');
    expect(light(70)).toBe('amarillo');
    expect(light(69.99)).toBe('rojo');
    expect(light(150)).toBe('verde');
  });

  it('a falling indicator (deforestation, conflicts) is better when lower', () => {
    const down: PlanIndicator = {
      baseline: 100,
      targets: [80, 60, 40, 20],
      start_date: '2026-01-01'
    };
    // Expected 80 at the end of 2026: 100 → 82 is 18 of 20 = 90 %.
    expect(evaluateReport(down, '2026-T4', 82).light).toBe('verde');
    expect(evaluateReport(down, '2026-T4', 86).light).toBe('amarillo'); // 14/20 = 70 %
    expect(evaluateReport(down, '2026-T4', 95).light).toBe('rojo');
  });

  it('names what it cannot judge', () => {
    expect(light(null)).toBe('sin_dato');
    const noTarget: PlanIndicator = { ...a, targets: [null, 200, 300, 400] };
    expect(evaluateReport(noTarget, '2026-T2', 50).light).toBe('sin_meta');
    expect(evaluateReport(a, '2025-T3', 5).light).toBe('no_iniciada');
  });

  it('without a baseline nothing is interpolated from an assumed zero', () => {
    const noBase: PlanIndicator = { ...a, baseline: null };
    expect(expectedValue(noBase, '2026-07-02').value).toBeNull();
    expect(evaluateReport(noBase, '2026-T4', 0).light).toBe('sin_linea_base');
    expect(evaluateReport(noBase, '2027-T4', 500).light).toBe('sin_linea_base');
  });

  it('the quarter an action starts in is not judged until three months have run', () => {
    const late: PlanIndicator = { ...a, start_date: '2026-08-15' };
    // 2026-T3 closes 2026-10-01, 47 days after the start: a 0 would otherwise be red.
    expect(evaluateReport(late, '2026-T3', 0).light).toBe('en_arranque');
    expect(actionLight(late, [], '2026-11-28').light).toBe('en_arranque');
    // 2026-T4 closes 2027-01-01, past 2026-11-15: judged (139 of 365 days → 38.08 expected).
    const t4 = evaluateReport(late, '2026-T4', 30);
    expect(t4.light).toBe('amarillo');
    expect(t4.expected).toBeCloseTo((100 * 139) / 365, 9);
    // A start on the first day of a quarter is judged at that quarter's close.
    expect(evaluateReport({ ...a, start_date: '2026-07-01' }, '2026-T3', 0).light).toBe('rojo');
    // A quarter that ended before the start is not started at all.
    expect(evaluateReport(late, '2026-T2', 0).light).toBe('no_iniciada');
  });

  it('today: the last ended quarter without a report is «sin reporte»', () => {
    const today = '2026-11-28'; // due: 2026-T3
    expect(actionLight(a, [], today)).toMatchObject({ quarter: '2026-T3', light: 'sin_reporte' });
    expect(actionLight(a, [{ quarter: '2026-T2', value: 50 }], today).light).toBe('sin_reporte');
    // 2026-T3 closes 2026-10-01, 273 of 365 days into year 1: expected 74.79; 70 is 93.6 % of it.
    expect(actionLight(a, [{ quarter: '2026-T3', value: 70 }], today).light).toBe('verde');
    const later: PlanIndicator = { ...a, start_date: '2027-02-01' };
    expect(actionLight(later, [], today).light).toBe('no_iniciada');
  });
});

describe('§5 a progress report', () => {
  const today = '2026-11-28';
  const raw = {
    action_id: '7',
    quarter: '2026-t3',
    value: '1.500',
    text: ' Se formalizaron 3 UPM. '
  };

  it('reads Colombian numbers and normalises the quarter', () => {
    expect(validateProgress(raw, today)).toEqual({
      ok: true,
      value: { action_id: 7, quarter: '2026-T3', value: 1500, text: 'Se formalizaron 3 UPM.' }
    });
    expect(parseNumber('4,25')).toBe(4.25);
    expect(parseNumber('2.125')).toBe(2125);
    expect(parseNumber(2.125)).toBe(2.125);
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('doce')).toBeUndefined();
    // A leading zero is never a thousands group: "0.125" is a decimal, not 125.
    expect(parseNumber('0.125')).toBe(0.125);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('-1.234.567,5')).toBe(-1234567.5);
    for (const bad of ['0x10', '1e3', 'Infinity', '1,2,3', '1.2.3', '--1'])
      expect(parseNumber(bad), bad).toBeUndefined();
  });

  it('the quantitative value is optional, the qualitative text is not', () => {
    const v = validateProgress({ ...raw, value: '' }, today);
    expect(v.ok && v.value.value).toBeNull();
    const e = validateProgress({ ...raw, text: '   ' }, today);
    expect(!e.ok && e.errors).toEqual(['Describa el avance cualitativo (hasta 2000 caracteres).']);
  });

  it('the current quarter can be reported, a future one cannot', () => {
    expect(validateProgress({ ...raw, quarter: '2026-T4' }, today).ok).toBe(true);
    const f = validateProgress({ ...raw, quarter: '2027-T1' }, today);
    expect(!f.ok && f.errors).toEqual([
      'El T1 2027 (ene–mar) aún no empieza: no se puede reportar.'
    ]);
  });

  it('a year before 2000 is a typing error', () => {
    const old = validateProgress({ ...raw, quarter: '0206-T3' }, today);
    expect(!old.ok && old.errors).toEqual(['El año del trimestre 0206-T3 no es válido.']);
  });

  it('lists every problem at once', () => {
    const e = validateProgress(
      { action_id: 'x', quarter: '2026-5', value: 'diez', text: '' },
      today
    );
    expect(!e.ok && e.errors).toHaveLength(4);
  });
});

describe('§5 dashboard counts and map', () => {
  it('stacks lights per group, largest first', () => {
    const rows = lightStack([
      { key: 'minero', light: 'verde' },
      { key: 'ambiental', light: 'rojo' },
      { key: 'minero', light: 'rojo' },
      { key: 'minero', light: 'verde' }
    ]);
    expect(rows.map((r) => [r.key, r.total, r.counts.verde, r.counts.rojo])).toEqual([
      ['minero', 3, 2, 1],
      ['ambiental', 1, 0, 1]
    ]);
  });

  const square = (x: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, 6],
        [x + 1, 6],
        [x + 1, 7],
        [x, 7],
        [x, 6]
      ]
    ]
  });
  const shapes = [
    { id: 'A', geometry: square(-75) },
    { id: 'B', geometry: square(-74) },
    { id: 'C', geometry: square(-73) }
  ];

  it('an action reaches its municipios, or those its drawn area touches', () => {
    const across: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-73.5, 6.2],
          [-72.5, 6.2],
          [-72.5, 6.4],
          [-73.5, 6.4],
          [-73.5, 6.2]
        ]
      ]
    };
    const reach = actionsByMunicipio(
      [
        { id: 1, territory: { municipios: ['A', 'B', 'Z'], area: null } },
        { id: 2, territory: { municipios: [], area: across } }
      ],
      shapes
    );
    expect(Object.fromEntries(reach)).toEqual({ A: [1], B: [1, 2], C: [2] });
  });
});
