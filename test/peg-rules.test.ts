// The PEG's rules (guide §3.1 actions, §3.2 workflow and approval) and the dates that hang on a
// session of a mesa (guide §2). Every expected date is worked out by hand from the Colombian
// holiday calendar of 2027 (Easter on 28 March; Jan 1, Jan 11, Mar 22, Mar 25, Mar 26, May 1,
// May 10, May 31, Jun 7, Jul 5, Jul 20, Aug 7, Aug 16, Oct 18, Nov 1, Nov 15, Dec 8, Dec 25).
import { describe, expect, it } from 'vitest';
import { cremaMissing, validatePegAction } from '../src/lib/domain/peg-action';
import { transitionProblem } from '../src/lib/domain/peg-workflow';
import { sessionDeadlines } from '../src/lib/domain/session-deadlines';

const DISTRICT = ['05736', '05604', '05670'];
const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [-75, 6],
      [-74.9, 6],
      [-74.9, 6.1],
      [-75, 6.1],
      [-75, 6]
    ]
  ]
};

const raw = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  component: 'minero',
  hito: 'Formalización minera',
  action: 'Acompañar la formalización de las unidades de producción minera.',
  entity: 'Agencia Nacional de Minería',
  contact: 'Ana Pérez',
  email: 'ana.perez@anm.gov.co',
  indicator: 'Unidades de producción minera formalizadas',
  crema: { claro: true, medible: true, sobrante: true },
  baseline: '1,5',
  targets: ['2', 3, '4,25'],
  budget_cop: '1 200 000',
  start_date: '2027-03-01',
  impact: 'Más unidades formalizadas en el distrito.',
  level: 'municipal',
  territory: { municipios: ['05736', '05604', '05736'], area: null },
  ...over
});

const errorsOf = (over: Record<string, unknown>) => {
  const r = validatePegAction(raw(over), DISTRICT);
  if (r.ok) throw new Error('expected validation errors');
  return r.errors;
};

describe('§3.1 validatePegAction: the fields of a PEG action', () => {
  it('a complete action passes, with CREMA, targets, numbers and territory normalised', () => {
    const r = validatePegAction(raw(), DISTRICT);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.crema).toStrictEqual({
      claro: true,
      relevante: false,
      economico: false,
      medible: true,
      adecuado: false
    });
    expect(r.value.targets).toStrictEqual([2, 3, 4.25, null]);
    expect(r.value.baseline).toBe(1.5);
    expect(r.value.budget_cop).toBe(1_200_000);
    expect(r.value.territory).toStrictEqual({ municipios: ['05736', '05604'], area: null });
    expect(r.value).toMatchObject({
      component: 'minero',
      hito: 'Formalización minera',
      entity: 'Agencia Nacional de Minería',
      email: 'ana.perez@anm.gov.co',
      start_date: '2027-03-01',
      level: 'municipal'
    });
  });

  it('numbers as written in Colombia: dots group thousands, the comma is decimal', () => {
    const parse = (budget_cop: string, baseline: string) => {
      const r = validatePegAction(raw({ budget_cop, baseline }), DISTRICT);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return [r.value.budget_cop, r.value.baseline];
    };
    expect(parse('1.500', '1.5')).toEqual([1500, 1.5]);
    expect(parse('1.200.000', '2.500,75')).toEqual([1_200_000, 2500.75]);
  });

  it('missing baseline and budget are null, not zero', () => {
    const r = validatePegAction(raw({ baseline: '', budget_cop: undefined }), DISTRICT);
    expect(r.ok && [r.value.baseline, r.value.budget_cop]).toEqual([null, null]);
  });

  it.each(['hito', 'action', 'entity', 'contact', 'email', 'indicator', 'impact'])(
    'a missing %s is an error under its key',
    (key) => {
      const errors = errorsOf({ [key]: '   ' });
      expect(Object.keys(errors)).toEqual([key]);
      expect(errors[key]).toMatch(/obligatorio/);
    }
  );

  it('a municipio outside the district is named in errors.territory', () => {
    const errors = errorsOf({ territory: { municipios: ['05736', '52227'], area: null } });
    expect(errors.territory).toContain('52227');
    expect(errors.territory).not.toContain('05736');
  });

  it('no municipios and no area is an error on the territory', () => {
    expect(errorsOf({ territory: { municipios: [], area: null } }).territory).toMatch(
      /Indique el territorio/
    );
    expect(errorsOf({ territory: undefined }).territory).toMatch(/Indique el territorio/);
  });

  it('a valid Polygon inside Colombia is accepted without municipios', () => {
    const r = validatePegAction(raw({ territory: { municipios: [], area: SQUARE } }), DISTRICT);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.territory).toStrictEqual({ municipios: [], area: SQUARE });
  });

  it('a Point is refused as area', () => {
    const point = { type: 'Point', coordinates: [-75, 6] };
    const errors = errorsOf({ territory: { municipios: [], area: point } });
    expect(errors.territory).toBe('El área debe ser un polígono.');
  });

  it('a self-intersecting polygon is refused', () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [-75, 6],
          [-74.8, 6.2],
          [-74.8, 6],
          [-75, 6.1],
          [-75, 6]
        ]
      ]
    };
    const errors = errorsOf({ territory: { municipios: ['05736'], area: bowtie } });
    expect(errors.territory).toMatch(/se corta a sí mismo/);
  });

  it('an invalid email, start date, budget or target is an error on its key', () => {
    expect(Object.keys(errorsOf({ email: 'ana@anm' }))).toEqual(['email']);
    expect(Object.keys(errorsOf({ start_date: '2027-02-30' }))).toEqual(['start_date']);
    expect(Object.keys(errorsOf({ start_date: '01/02/2027' }))).toEqual(['start_date']);
    expect(Object.keys(errorsOf({ budget_cop: '-1' }))).toEqual(['budget_cop']);
    expect(Object.keys(errorsOf({ targets: ['2', 'mucho'] }))).toEqual(['targets']);
    expect(Object.keys(errorsOf({ baseline: 'alta' }))).toEqual(['baseline']);
  });

  it('an unknown component or level is an error', () => {
    expect(Object.keys(errorsOf({ component: 'turismo' }))).toEqual(['component']);
    expect(Object.keys(errorsOf({ level: 'veredal' }))).toEqual(['level']);
  });
});

describe('§3.1 cremaMissing: the CREMA criteria the indicator does not meet', () => {
  it('lists the first word of each unchecked label, in CREMA order', () => {
    const c = { claro: true, relevante: true, economico: false, medible: false, adecuado: true };
    expect(cremaMissing(c)).toEqual(['Económico', 'Medible']);
    const none = { claro: true, relevante: true, economico: true, medible: true, adecuado: true };
    expect(cremaMissing(none)).toEqual([]);
  });
});

describe('§3.2 transitionProblem: one step at a time, approval only by vote', () => {
  const yes = { include: true, justification: 'Pertinente para el componente minero.' };

  it('each forward single step up to validada is allowed', () => {
    expect(transitionProblem('prediligenciada', 'entidad', null)).toBeNull();
    expect(transitionProblem('entidad', 'oap', null)).toBeNull();
    expect(transitionProblem('oap', 'mesas', null)).toBeNull();
    expect(transitionProblem('mesas', 'validada', yes)).toBeNull();
  });

  it('skipping a step, going back or staying put is refused', () => {
    expect(transitionProblem('prediligenciada', 'oap', null)).toMatch(/solo a/);
    expect(transitionProblem('entidad', 'validada', yes)).toMatch(/solo a/);
    expect(transitionProblem('oap', 'entidad', null)).toMatch(/solo a/);
    expect(transitionProblem('mesas', 'mesas', yes)).toMatch(/solo a/);
  });

  it("'aprobada' is always refused: the district mesa approves by vote", () => {
    for (const from of ['validada', 'mesas', 'aprobada'] as const)
      expect(transitionProblem(from, 'aprobada', yes)).toMatch(/votación/);
  });

  it('mesas → validada needs a technical concept with its justification', () => {
    expect(transitionProblem('mesas', 'validada', null)).toMatch(/concepto técnico/);
    expect(transitionProblem('mesas', 'validada', { include: true, justification: '  ' })).toMatch(
      /concepto técnico/
    );
  });

  it('a concept of not including the action stops it', () => {
    const no = { include: false, justification: 'Duplica otra acción.' };
    expect(transitionProblem('mesas', 'validada', no)).toMatch(/no incluir/);
  });
});

describe('§2 sessionDeadlines: the dates that hang on a session', () => {
  it('district session 1 on Mon 2027-03-01', () => {
    expect(
      sessionDeadlines({ mesa: 'distrital', kind: 'ordinaria', number: 1, date: '2027-03-01' })
    ).toEqual([
      // 15 days before is Sun 14 Feb: back to Fri 12 Feb.
      {
        label: 'Enviar la convocatoria (15 días antes)',
        date: '2027-02-12',
        note: 'el 2027-02-14 no es hábil'
      },
      // 2, 3, 4, 5, 8 March.
      { label: 'Remitir el acta (5 días hábiles)', date: '2027-03-08' },
      // 2–5 (4), 8–12 (9), 15–19 (14), Mon 22 San José, Tue 23 (15).
      { label: 'Análisis de dinámicas, anexo 2 (15 días hábiles)', date: '2027-03-23' },
      { label: 'Sesión 2 (entre el 2.º y el 4.º mes)', date: '2027-05-01', until: '2027-07-01' },
      {
        label: 'Mesas temáticas y zonales (mensuales, máximo 3 meses)',
        date: '2027-04-01',
        until: '2027-05-01'
      }
    ]);
  });

  it('district session 3 on Wed 2027-09-15 adds the follow-up instrument', () => {
    expect(
      sessionDeadlines({ mesa: 'distrital', kind: 'ordinaria', number: 3, date: '2027-09-15' })
    ).toEqual([
      { label: 'Enviar la convocatoria (15 días antes)', date: '2027-08-31' },
      // 16, 17, 20, 21, 22 September.
      { label: 'Remitir el acta (5 días hábiles)', date: '2027-09-22' },
      { label: 'Próxima sesión ordinaria (cada 4 meses)', date: '2028-01-15' },
      { label: 'Enviar el instrumento de seguimiento (20 días antes)', date: '2027-08-26' },
      { label: 'Respuesta de las entidades (10 días antes)', date: '2027-09-05' }
    ]);
  });

  it('an MTIN session on Tue 2027-06-15 includes the next ordinary session two months on', () => {
    expect(
      sessionDeadlines({ mesa: 'mtin', kind: 'ordinaria', number: 4, date: '2027-06-15' })
    ).toEqual([
      // 15 days before is Mon 31 May (Corpus Christi): back to Fri 28 May.
      {
        label: 'Enviar la convocatoria (15 días antes)',
        date: '2027-05-28',
        note: 'el 2027-05-31 no es hábil'
      },
      // 16, 17, 18, 21, 22 June.
      { label: 'Remitir el acta (5 días hábiles)', date: '2027-06-22' },
      { label: 'Próxima sesión ordinaria (cada 2 meses)', date: '2027-08-15' }
    ]);
  });

  it('an extraordinary session has only its convocation and acta: the ordinary cycle stays', () => {
    for (const mesa of ['distrital', 'mtin'] as const)
      expect(
        sessionDeadlines({ mesa, kind: 'extraordinaria', number: 3, date: '2027-07-27' }).map(
          (d) => d.label
        )
      ).toEqual([
        `Enviar la convocatoria (${mesa === 'distrital' ? 7 : 15} días antes)`,
        'Remitir el acta (5 días hábiles)'
      ]);
  });

  it('an extraordinary district session is convened 7 days ahead', () => {
    const [convocation, acta] = sessionDeadlines({
      mesa: 'distrital',
      kind: 'extraordinaria',
      number: 2,
      date: '2027-07-27'
    });
    // 7 days before Tue 27 Jul is Tue 20 Jul (Independencia): back to Mon 19 Jul.
    expect(convocation).toEqual({
      label: 'Enviar la convocatoria (7 días antes)',
      date: '2027-07-19',
      note: 'el 2027-07-20 no es hábil'
    });
    // 28, 29, 30 July, 2, 3 August.
    expect(acta).toEqual({ label: 'Remitir el acta (5 días hábiles)', date: '2027-08-03' });
    // The same date as an ordinary session: 15 days before is Mon 12 Jul, a business day.
    const [ordinary] = sessionDeadlines({
      mesa: 'distrital',
      kind: 'ordinaria',
      number: 2,
      date: '2027-07-27'
    });
    expect(ordinary).toEqual({
      label: 'Enviar la convocatoria (15 días antes)',
      date: '2027-07-12'
    });
  });
});
