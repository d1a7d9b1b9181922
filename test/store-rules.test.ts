// Rules that the stores used to enforce inside their SQL code, now domain functions the stores call
// (guide §2.1.1, §2.1.2, §2.2.1, §2.3.4 sessions; §3.2 «Aprobación»; §5 follow-up), and the typed
// errors the stores throw for them.
import { describe, expect, it } from 'vitest';
import { attendanceProblem } from '../src/lib/domain/attendance-problem';
import { convocationProblem } from '../src/lib/domain/convocation-problem';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import {
  Anexo2Conflict,
  VersionConflictError
} from '../src/lib/domain/errors/version-conflict-error';
import { followUpProblem } from '../src/lib/domain/follow-up-eligibility';
import type { SessionAttendance } from '../src/lib/domain/model/mesa';
import { nothingValidatedProblem, pegApprovalProblem } from '../src/lib/domain/peg-approval';
import { keptConcept, transitionProblem } from '../src/lib/domain/peg-workflow';

describe('§3.2 Aprobación: the district mesa approves the PEG by simple majority with quorum', () => {
  it('a district mesa vote by simple majority may approve the PEG', () => {
    expect(pegApprovalProblem('distrital', 'mayoria_simple')).toBeNull();
  });

  it('two thirds, the MTIN or a thematic mesa may not', () => {
    for (const [mesa, rule] of [
      ['distrital', 'dos_tercios'],
      ['mtin', 'mayoria_simple'],
      ['tematica', 'mayoria_simple'],
      ['mtin', 'dos_tercios']
    ] as const)
      expect(pegApprovalProblem(mesa, rule)).toMatch(/mesa distrital por mayoría simple.*§3\.2/);
  });

  it('an approval with no action validated by the OAP approves nothing and is refused', () => {
    expect(nothingValidatedProblem(0)).toBe('No hay acciones validadas por las OAP que aprobar.');
    expect(nothingValidatedProblem(1)).toBeNull();
  });
});

describe('§3.2 keptConcept: the technical concept is recorded at the mesas step only', () => {
  const saved = { include: true, justification: 'Guardado' };
  const given = { include: false, justification: 'Nuevo' };

  it('leaving the mesas step takes the given concept, else keeps the saved one', () => {
    expect(keptConcept('mesas', given, saved)).toBe(given);
    expect(keptConcept('mesas', null, saved)).toBe(saved);
  });

  it('at any other step a given concept is ignored', () => {
    expect(keptConcept('oap', given, saved)).toBe(saved);
    expect(keptConcept('entidad', given, null)).toBeNull();
  });

  it('so a concept sent with the oap → mesas move cannot validate at mesas → validada', () => {
    const kept = keptConcept('oap', given, null);
    expect(transitionProblem('mesas', 'validada', kept)).toMatch(/concepto técnico/);
  });
});

describe('§2.1.2, §2.3.4 attendanceProblem: rows for the convened, representatives add up', () => {
  const row = (entity: string): SessionAttendance => ({ entity, mode: 'titular', delegate: null });
  const counts = { attendees: 10, selfRecognized: null, professionals: null };

  it('attendance of the convened entities passes', () => {
    expect(attendanceProblem(['ANM', 'MME'], [row('ANM'), row('MME')], counts)).toBeNull();
  });

  it('an entity not convened is named', () => {
    expect(attendanceProblem(['ANM'], [row('ANM'), row('CAR')], counts)).toBe(
      '«CAR» no fue convocada a esta sesión.'
    );
  });

  it('more ethnic designated representatives than representatives is refused', () => {
    const reps = { ...counts, representatives: 2, ethnicRepresentatives: 3 };
    expect(attendanceProblem(['ANM'], [], reps)).toMatch(/no pueden superar a los representantes/);
    expect(attendanceProblem(['ANM'], [], { ...reps, ethnicRepresentatives: 2 })).toBeNull();
    expect(attendanceProblem(['ANM'], [], { ...counts, ethnicRepresentatives: 1 })).toMatch(
      /no pueden superar/
    );
  });
});

describe('§2.1.1, §2.2.1, §2.3.4 convocationProblem: sent on or before the session', () => {
  it('the same day or before passes', () => {
    expect(convocationProblem('2027-04-19', '2027-04-19')).toBeNull();
    expect(convocationProblem('2027-04-01', '2027-04-19')).toBeNull();
  });

  it('after the session, or not a date, is refused', () => {
    expect(convocationProblem('2027-04-20', '2027-04-19')).toBe(
      'La convocatoria no puede enviarse después de la sesión.'
    );
    expect(convocationProblem('19/04/2027', '2027-04-19')).toBe(
      'La fecha de envío debe ser AAAA-MM-DD.'
    );
  });
});

describe('§5 followUpProblem: only approved actions, from the quarter they start', () => {
  const approved = { status: 'aprobada', start_date: '2026-02-15' } as const;

  it('an approved action in or after its first quarter passes', () => {
    expect(followUpProblem(7, '2026-T1', approved)).toBeNull();
    expect(followUpProblem(7, '2027-T3', approved)).toBeNull();
  });

  it('an action of another district (none found) is refused', () => {
    expect(followUpProblem(7, '2026-T1', undefined)).toBe(
      'La acción 7 no es del PEG de este distrito.'
    );
  });

  it('a validated but not approved action is refused', () => {
    expect(followUpProblem(7, '2026-T1', { ...approved, status: 'validada' })).toMatch(
      /aún no está aprobada.*§5/
    );
  });

  it('a quarter that ended before the start is refused', () => {
    expect(followUpProblem(7, '2025-T4', approved)).toBe(
      'La acción 7 empieza el 2026-02-15: el T4 2025 (oct–dic) terminó antes.'
    );
  });
});

describe('typed errors: told apart by instanceof, not by a code property', () => {
  it('a RuleError carries its code; the others are not rule errors', () => {
    const rule = new RuleError('peg-approval', 'x');
    expect(rule).toBeInstanceOf(Error);
    expect(rule.code).toBe('peg-approval');
    expect(new NotFoundError('x')).not.toBeInstanceOf(RuleError);
    expect(VersionConflictError.district('d', 1, 2)).not.toBeInstanceOf(RuleError);
  });

  it('a version conflict names both versions; an anexo 2 conflict is one, with its aspect', () => {
    const d = VersionConflictError.district('nordeste', 1, 2);
    expect(d).toMatchObject({ id: 'nordeste', expected: 1, actual: 2 });
    expect(d.message).toMatch(/«nordeste».*versión 1.*la 2/);
    expect(VersionConflictError.pegAction(4, 3, 5).message).toMatch(/acción 4.*versión 3.*la 5/);
    const a = new Anexo2Conflict('nordeste', 'etnica', 0, 1);
    expect(a).toBeInstanceOf(VersionConflictError);
    expect(a).toMatchObject({ aspect: 'etnica', expected: 0, actual: 1 });
  });

  it('NotFoundError.district names the district', () => {
    expect(NotFoundError.district('no-existe').message).toBe('No existe el distrito «no-existe».');
  });
});
