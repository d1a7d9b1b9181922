// The mesas' rules (guide §2, §3, §5): quorum, votes, deadlines in
// calendar and business days with Colombian holidays, session windows, mesa composition. Every
// expected date is worked out by hand from the official holiday calendar (Ley 51 de 1983 and
// Easter), not read from the code.
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, isHolidayDate } from '../src/lib/domain/business-days';
import { bogotaToday } from '../src/lib/domain/calendar-date';
import { convocationStatus } from '../src/lib/domain/convocation-status';
import {
  compositionProblems,
  representativesByVote,
  type MesaComposition
} from '../src/lib/domain/mesa-composition';
import {
  actaDue,
  anexo2Due,
  convocationDeadline,
  followUpDates,
  pegEntityDue
} from '../src/lib/domain/mesa-deadlines';
import { quorum, quorumOf, type Attendance } from '../src/lib/domain/mesa-quorum';
import { voteResult, votesNeeded } from '../src/lib/domain/mesa-vote';
import {
  districtSessionWindow,
  nextMtinSession,
  thematicProblems,
  thematicSchedule
} from '../src/lib/domain/session-windows';

const titulares = (n: number): Attendance[] =>
  Array.from({ length: n }, (_, i) => ({ entity: `E${i + 1}`, mode: 'titular' }));

describe('§2.1.2 quorum: half of the member entities plus one', () => {
  it('25 members need 13; 24 need 13; 26 need 14', () => {
    expect([quorumOf(25), quorumOf(24), quorumOf(26), quorumOf(1)]).toEqual([13, 13, 14, 1]);
  });

  it('12 of 25 present is no quorum, 13 is', () => {
    expect(quorum(25, titulares(12)).met).toBe(false);
    expect(quorum(25, titulares(13))).toMatchObject({ required: 13, present: 13, met: true });
  });

  it('a delegate counts only with a written delegation (voice and vote)', () => {
    const unsigned = [...titulares(12), { entity: 'ANM', mode: 'delegado' } as Attendance];
    expect(quorum(25, unsigned)).toMatchObject({
      present: 12,
      met: false,
      withoutDelegation: ['ANM']
    });
    const signed = [...titulares(12), { entity: 'ANM', mode: 'delegado', writtenDelegation: true }];
    expect(quorum(25, signed as Attendance[])).toMatchObject({ present: 13, met: true });
  });

  it('an entity listed twice counts once; absent ones never', () => {
    const twice = [...titulares(12), { entity: 'E1', mode: 'titular' } as Attendance];
    expect(quorum(25, twice).present).toBe(12);
    expect(quorum(25, [...titulares(12), { entity: 'X', mode: 'ausente' }]).met).toBe(false);
  });
});

describe('§2.1.2 and §3.2 votes', () => {
  it('guidelines and documents: two thirds of 13 present is 9 votes (8.67 rounded up)', () => {
    expect(votesNeeded('dos_tercios', 13)).toBe(9);
    const v = { members: 25, present: 13, no: 0, abstain: 0 };
    expect(voteResult({ ...v, yes: 8 }, 'dos_tercios').approved).toBe(false);
    expect(voteResult({ ...v, yes: 9 }, 'dos_tercios')).toMatchObject({
      approved: true,
      required: 9
    });
    expect(votesNeeded('dos_tercios', 15)).toBe(10); // exactly 2/3
  });

  it('PEG by simple majority with quorum: 7 of 13, 8 of 14 (half is not a majority)', () => {
    const v = { members: 25, no: 0, abstain: 0 };
    expect(voteResult({ ...v, present: 13, yes: 6 }, 'mayoria_simple').approved).toBe(false);
    expect(voteResult({ ...v, present: 13, yes: 7 }, 'mayoria_simple').approved).toBe(true);
    expect(voteResult({ ...v, present: 14, yes: 7 }, 'mayoria_simple').approved).toBe(false);
    expect(voteResult({ ...v, present: 14, yes: 8 }, 'mayoria_simple').approved).toBe(true);
  });

  it('without quorum nothing is approved, even unanimously; more votes than present is refused', () => {
    const r = voteResult(
      { members: 25, present: 12, yes: 12, no: 0, abstain: 0 },
      'mayoria_simple'
    );
    expect(r).toMatchObject({ approved: false, required: null });
    expect(r.reason).toContain('Sin quórum');
    const over = voteResult(
      { members: 25, present: 13, yes: 10, no: 4, abstain: 0 },
      'dos_tercios'
    );
    expect(over.approved).toBe(false);
  });
});

describe('Colombian holidays (Ley 51 de 1983 «Ley Emiliani», Easter-based)', () => {
  const HOLIDAYS: Record<number, string[]> = {
    2024: [
      '01-01',
      '01-08',
      '03-25',
      '03-28',
      '03-29',
      '05-01',
      '05-13',
      '06-03',
      '06-10',
      '07-01',
      '07-20',
      '08-07',
      '08-19',
      '10-14',
      '11-04',
      '11-11',
      '12-08',
      '12-25'
    ],
    // 2025: San Pedro (Sun 29 Jun) and Sagrado Corazón (Fri 27 Jun) both move to Mon 30 Jun.
    2025: [
      '01-01',
      '01-06',
      '03-24',
      '04-17',
      '04-18',
      '05-01',
      '06-02',
      '06-23',
      '06-30',
      '07-20',
      '08-07',
      '08-18',
      '10-13',
      '11-03',
      '11-17',
      '12-08',
      '12-25'
    ],
    // 2027: Easter on 28 March.
    2027: [
      '01-01',
      '01-11',
      '03-22',
      '03-25',
      '03-26',
      '05-01',
      '05-10',
      '05-31',
      '06-07',
      '07-05',
      '07-20',
      '08-07',
      '08-16',
      '10-18',
      '11-01',
      '11-15',
      '12-08',
      '12-25'
    ]
  };

  for (const [year, days] of Object.entries(HOLIDAYS))
    it(`${year}: every holiday of the official calendar and no other`, () => {
      const all: string[] = [];
      for (let d = `${year}-01-01`; d.startsWith(year); d = next(d))
        if (isHolidayDate(d)) all.push(d.slice(5));
      expect(all).toEqual(days);
    });

  it('moved holidays are not holidays on their original date', () => {
    expect(isHolidayDate('2027-01-06')).toBe(false); // Reyes moved to Mon 11 Jan
    expect(isHolidayDate('2027-06-29')).toBe(false); // San Pedro moved to Mon 5 Jul
    expect(isHolidayDate('2026-05-14')).toBe(false); // Ascensión (Thu) moved to Mon 18 May
  });

  it('weekends and holidays are not business days', () => {
    expect(isBusinessDay('2026-12-05')).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-08')).toBe(false); // Inmaculada Concepción, Tuesday
    expect(isBusinessDay('2026-12-09')).toBe(true);
  });
});

function next(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

describe('§2.1.2, §2.2.2.1, §3.2, §5 deadlines', () => {
  it('acta within 5 business days: a Thursday 3 Dec 2026 session skips the weekend and 8 Dec', () => {
    expect(actaDue('2026-12-03')).toBe('2026-12-11');
  });

  it('anexo 2 due 15 business days after session 1: 16 Mar 2026 skips San José and Holy Week', () => {
    expect(anexo2Due('2026-03-16')).toBe('2026-04-09');
  });

  it('business days count backwards too, and the start day never counts', () => {
    expect(addBusinessDays('2026-12-09', -1)).toBe('2026-12-07');
    expect(addBusinessDays('2026-12-04', 1)).toBe('2026-12-07');
  });

  it('ordinary convocation 15 days ahead; on a holiday it goes out the business day before', () => {
    expect(convocationDeadline('2026-12-23', 'distrital', 'ordinaria')).toEqual({
      latest: '2026-12-07', // 8 Dec is a holiday
      movedFrom: '2026-12-08',
      days: 15
    });
    expect(convocationDeadline('2026-01-27', 'mtin', 'ordinaria')).toMatchObject({
      latest: '2026-01-09', // 12 Jan (Reyes) and the weekend before
      movedFrom: '2026-01-12'
    });
    expect(convocationDeadline('2026-12-18', 'tematica', 'ordinaria')).toEqual({
      latest: '2026-12-03',
      movedFrom: null,
      days: 15
    });
  });

  it('extraordinary district session: 7 days ahead (15 Jun 2026, Sagrado Corazón → Fri 12 Jun)', () => {
    expect(convocationDeadline('2026-06-22', 'distrital', 'extraordinaria')).toEqual({
      latest: '2026-06-12',
      movedFrom: '2026-06-15',
      days: 7
    });
    // The MTIN has no shorter notice: 15 days even when extraordinary.
    expect(convocationDeadline('2026-06-22', 'mtin', 'extraordinaria').days).toBe(15);
  });

  it('entity window of 15 days on the pre-filled PEG; follow-up sent 20 and due 10 days before', () => {
    expect(pegEntityDue('2026-02-20')).toBe('2026-03-07');
    expect(followUpDates('2026-09-30')).toEqual({ send: '2026-09-10', due: '2026-09-20' });
  });

  it("Bogotá's date is five hours behind UTC", () => {
    expect(bogotaToday(new Date('2026-12-01T04:59:00Z'))).toBe('2026-11-30');
    expect(bogotaToday(new Date('2026-12-01T05:00:00Z'))).toBe('2026-12-01');
  });
});

describe('§2.1.1, §2.2.2.2, §2.2.2.3, §2.3.5 session windows', () => {
  it('MTIN every two months, clamped at month end', () => {
    expect(nextMtinSession('2026-12-31')).toBe('2027-02-28');
    expect(nextMtinSession('2027-12-31')).toBe('2028-02-29'); // leap year
  });

  it('district session 2 between the 2nd and 4th month after session 1; then every 4 months', () => {
    expect(districtSessionWindow(2, '2026-01-31')).toEqual({
      from: '2026-03-31',
      to: '2026-05-31'
    });
    expect(districtSessionWindow(3, '2026-01-31', '2026-04-15')).toEqual({
      from: '2026-08-15',
      to: '2026-08-15'
    });
    expect(() => districtSessionWindow(1, '2026-01-31')).toThrow();
  });

  it('thematic/zonal mesas: at least two, monthly, within three months of session 1', () => {
    expect(thematicSchedule('2026-02-01')).toEqual(['2026-03-01', '2026-04-01']);
    expect(thematicProblems('2026-02-01', ['2026-03-01', '2026-04-01'])).toEqual([]);
    expect(thematicProblems('2026-02-01', ['2026-03-01', '2026-05-01'])).toEqual([]); // the limit
    expect(thematicProblems('2026-02-01', ['2026-03-01'])).toHaveLength(1);
    expect(thematicProblems('2026-02-01', ['2026-03-01', '2026-05-02'])[0]).toContain('tres meses');
    expect(thematicProblems('2026-02-01', ['2026-03-01', '2026-03-15'])[0]).toContain('un mes');
    expect(thematicProblems('2026-02-01', ['2026-01-20', '2026-03-01'])[0]).toContain('anterior');
  });
});

describe('§2.3 mesa composition', () => {
  const ok: MesaComposition = {
    attendees: 25,
    professionals: 2,
    selfRecognized: 5,
    ethnicOrganizations: false,
    representatives: 2,
    ethnicRepresentatives: 0
  };

  it('25 people, 2 professionals and 20 % self-recognition (5 of 25) meet the guide', () => {
    expect(compositionProblems(ok)).toEqual([]);
    expect(compositionProblems({ ...ok, attendees: 30, selfRecognized: 6 })).toEqual([]);
  });

  it('flags each rule at its boundary', () => {
    expect(compositionProblems({ ...ok, selfRecognized: 4 })[0]).toContain('20 %');
    expect(compositionProblems({ ...ok, attendees: 31, selfRecognized: 7 })[0]).toContain(
      'entre 25 y 30'
    );
    expect(compositionProblems({ ...ok, attendees: 24 })[0]).toContain('entre 25 y 30');
    expect(compositionProblems({ ...ok, professionals: 1 })[0]).toContain('dos profesionales');
    expect(compositionProblems({ ...ok, ethnicOrganizations: true })[0]).toContain('étnicas');
    expect(
      compositionProblems({ ...ok, ethnicOrganizations: true, ethnicRepresentatives: 1 })
    ).toEqual([]);
    expect(compositionProblems({ ...ok, representatives: 3 })[0]).toContain('dos representantes');
  });

  it('more than two volunteers are elected by simple vote', () => {
    expect([representativesByVote(2), representativesByVote(3)]).toEqual([false, true]);
  });
});

describe('§2.2.1 convocation sent against its deadline', () => {
  // Tuesday 4 May 2027 − 15 days = Monday 19 April 2027, a business day.
  const session = { date: '2027-05-04', mesa: 'distrital', kind: 'ordinaria' } as const;

  it('sent on the deadline is on time', () => {
    const s = convocationStatus('2027-04-19', session);
    expect(s.lateDays).toBe(0);
    expect(s.text).toMatch(/^A tiempo/);
  });

  it('sent one day after the deadline is late by 1 day', () => {
    const s = convocationStatus('2027-04-20', session);
    expect(s.lateDays).toBe(1);
    expect(s.text).toContain('1 día después del plazo (2027-04-19)');
  });

  it('a deadline on Reyes (Monday 11 Jan 2027) moves back to Friday 8 January', () => {
    const holiday = { date: '2027-01-26', mesa: 'distrital', kind: 'ordinaria' } as const;
    expect(convocationStatus('2027-01-08', holiday).lateDays).toBe(0);
    const late = convocationStatus('2027-01-11', holiday);
    expect(late.deadline).toBe('2027-01-08');
    expect(late.lateDays).toBe(3);
    expect(late.text).toContain('3 días después');
  });

  it('an extraordinary district session counts 7 days', () => {
    const x = { date: '2027-05-04', mesa: 'distrital', kind: 'extraordinaria' } as const;
    expect(convocationStatus('2027-04-27', x).lateDays).toBe(0);
    expect(convocationStatus('2027-04-28', x).lateDays).toBe(1);
  });
});
