// The PEG and mesas stores (guide §2, §3.1, §3.2) on both engines (a SQLite file in a temp folder,
// a PostgreSQL database), with a pinned clock: actions with their screen, versions and workflow events; sessions with attendance
// and votes, where a vote with quorum approves the validated actions; migration 4's CHECK lists
// (as each engine prints them) against the domain; and the consulta previa screen of a territory over the bundled data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEG_COMPONENTS } from '../src/lib/domain/anexo2-aspects';
import { FLAG_LABELS, type ConsultaScreen } from '../src/lib/domain/consulta-previa-screen';
import type { Attendance } from '../src/lib/domain/mesa-quorum';
import { RULE_LABELS } from '../src/lib/domain/mesa-vote';
import { PEG_STATUSES, type PegStatus } from '../src/lib/domain/peg-workflow';
import { screenTerritory } from '../src/lib/server/territory-screen';
import { CLEAR, CONCEPT, pegAction } from './fixtures/peg-action';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import { VersionConflictError } from '../src/lib/domain/errors/version-conflict-error';
import type { SessionInput } from '../src/lib/domain/model/mesa';
import type { Stores } from '../src/lib/domain/store/stores';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const D = 'nordeste-antioqueno';
const AT = '2027-03-01T15:00:00.000Z';
const ACTOR = 'dme@minenergia.gov.co';

let db: TestDb;
let s: Stores;

const action = pegAction;
const SCREEN: ConsultaScreen = {
  code: 'accion',
  flag: 'superposicion',
  evidence: [
    {
      layer: 'resguardos_muestra',
      feature: 'Resguardo de prueba',
      overlap_ha: 120.5,
      pct_of_area: 3.2,
      borde: false,
      distance_km: 0
    }
  ]
};

/** An action moved through the workflow up to `to` (validada at most). */
async function actionAt(to: PegStatus): Promise<number> {
  const { id } = await s.peg.create(D, action(), CLEAR, ACTOR);
  for (const st of PEG_STATUSES.slice(1, PEG_STATUSES.indexOf(to) + 1))
    await s.peg.move(D, id, st, st === 'validada' ? CONCEPT : null, null, ACTOR);
  return id;
}

const ENTITIES = Array.from({ length: 25 }, (_, i) => `Entidad ${i + 1}`);
const session = (over: Partial<SessionInput> = {}): SessionInput => ({
  mesa: 'distrital',
  number: 2,
  kind: 'ordinaria',
  date: '2027-05-04',
  place: 'Segovia, Casa de la Cultura',
  objective: 'Aprobar el PEG',
  entities: ENTITIES,
  ...over
});
const titulares = (n: number): (Attendance & { delegate: null })[] =>
  ENTITIES.slice(0, n).map((entity) => ({ entity, mode: 'titular', delegate: null }));
const NO_COUNTS = { attendees: null, selfRecognized: null, professionals: null };
const ballot = (over: Partial<Parameters<Stores['mesas']['vote']>[2]> = {}) => ({
  subject: 'Aprobación del PEG',
  rule: 'mayoria_simple' as const,
  yes: 7,
  no: 4,
  abstain: 2,
  approvesPeg: true,
  ...over
});

describe.each(ENGINES)('%s', (engine) => {
  beforeEach(async () => {
    db = await openTestDb(engine, { now: () => AT });
    s = db.stores;
  });
  afterEach(() => db.close());

  describe('§3.1 PEG actions: stored with their screen, versioned, every change an event', () => {
    it('create stores the action, its screen and flag, prediligenciada at version 1', async () => {
      const a = await s.peg.create(D, action(), SCREEN, ACTOR);
      expect(a).toMatchObject({
        ...action(),
        district_id: D,
        status: 'prediligenciada',
        version: 1,
        flag: 'superposicion',
        screen: SCREEN,
        concept: null,
        created_by: ACTOR,
        created_at: AT
      });
      expect((await s.peg.list(D)).map((x) => x.id)).toEqual([a.id]);
      expect(await s.peg.events(a.id)).toEqual([
        { at: AT, actor: ACTOR, event: 'crear', status: 'prediligenciada', note: null }
      ]);
    });

    it('update with the current version bumps it and writes an editar event', async () => {
      const { id } = await s.peg.create(D, action(), SCREEN, ACTOR);
      const b = await s.peg.update(
        D,
        id,
        1,
        action({ hito: 'Hito nuevo' }),
        CLEAR,
        'oap@anm.gov.co'
      );
      expect(b).toMatchObject({ hito: 'Hito nuevo', version: 2, flag: 'sin_registro' });
      expect(b.updated_by).toBe('oap@anm.gov.co');
      expect((await s.peg.events(id)).map((e) => e.event)).toEqual(['crear', 'editar']);
    });

    it('update from a stale version throws VersionConflictError and changes nothing', async () => {
      const { id } = await s.peg.create(D, action(), SCREEN, ACTOR);
      await s.peg.update(D, id, 1, action({ hito: 'Primera edición' }), SCREEN, ACTOR);
      const before = await s.peg.get(D, id);
      await expect(s.peg.update(D, id, 1, action({ hito: 'Tarde' }), CLEAR, ACTOR)).rejects.toThrow(
        VersionConflictError
      );
      expect(await s.peg.get(D, id)).toEqual(before);
      expect(await s.peg.events(id)).toHaveLength(2);
    });

    it('get of an unknown id throws NotFoundError', async () => {
      await expect(s.peg.get(D, 999)).rejects.toThrow(NotFoundError);
    });
  });

  describe('§3.2 PEG workflow in the store', () => {
    it('move follows the workflow with estado events, notes and audit entries', async () => {
      const { id } = await s.peg.create(D, action(), SCREEN, ACTOR);
      await s.peg.move(D, id, 'entidad', null, 'Enviada a la ANM', ACTOR);
      await s.peg.move(D, id, 'oap', null, null, ACTOR);
      await s.peg.move(D, id, 'mesas', null, null, ACTOR);
      const v = await s.peg.move(D, id, 'validada', CONCEPT, 'Concepto favorable', ACTOR);
      expect(v).toMatchObject({ status: 'validada', version: 5, concept: CONCEPT });
      expect((await s.peg.events(id)).map((e) => [e.event, e.status, e.note])).toEqual([
        ['crear', 'prediligenciada', null],
        ['estado', 'entidad', 'Enviada a la ANM'],
        ['estado', 'oap', null],
        ['estado', 'mesas', null],
        ['estado', 'validada', 'Concepto favorable']
      ]);
      const audit = (await s.audit.list(D)).filter((e) => e.action === 'peg.estado');
      expect(audit.map((e) => e.detail.estado)).toEqual(['validada', 'mesas', 'oap', 'entidad']);
      expect(audit[3]!.detail).toEqual({ accion: id, estado: 'entidad', nota: 'Enviada a la ANM' });
    });

    it('an invalid move throws RuleError and writes nothing', async () => {
      const id = await actionAt('mesas');
      const before = await s.peg.get(D, id);
      const audit = (await s.audit.list(D)).length;
      await expect(s.peg.move(D, id, 'validada', null, null, ACTOR)).rejects.toThrow(RuleError);
      await expect(s.peg.move(D, id, 'aprobada', CONCEPT, null, ACTOR)).rejects.toThrow(RuleError);
      await expect(s.peg.move(D, id, 'entidad', null, null, ACTOR)).rejects.toThrow(RuleError);
      expect(await s.peg.get(D, id)).toEqual(before);
      expect(await s.peg.events(id)).toHaveLength(4);
      expect(await s.audit.list(D)).toHaveLength(audit);
    });
  });

  describe('§2 mesas: sessions, attendance and votes', () => {
    it('create collapses duplicate entities, all absent at first', async () => {
      const m = await s.mesas.create(
        D,
        session({ entities: ['ANM', 'Gobernación', 'ANM'] }),
        ACTOR
      );
      expect(m).toMatchObject({ mesa: 'distrital', number: 2, date: '2027-05-04', votes: [] });
      expect(m.attendance).toEqual([
        { entity: 'ANM', delegate: null, mode: 'ausente', writtenDelegation: false },
        { entity: 'Gobernación', delegate: null, mode: 'ausente', writtenDelegation: false }
      ]);
    });

    it('attend stores modes, delegates, written delegation and the aggregate counts', async () => {
      const { id } = await s.mesas.create(
        D,
        session({ entities: ['ANM', 'Gobernación', 'SENA'] }),
        ACTOR
      );
      const m = await s.mesas.attend(
        D,
        id,
        [
          { entity: 'ANM', mode: 'titular', delegate: null },
          {
            entity: 'Gobernación',
            mode: 'delegado',
            delegate: 'Luis Gómez',
            writtenDelegation: true
          }
        ],
        { attendees: 40, selfRecognized: 6, professionals: 9 },
        ACTOR
      );
      expect(m.attendance).toEqual([
        { entity: 'ANM', delegate: null, mode: 'titular', writtenDelegation: false },
        {
          entity: 'Gobernación',
          delegate: 'Luis Gómez',
          mode: 'delegado',
          writtenDelegation: true
        },
        { entity: 'SENA', delegate: null, mode: 'ausente', writtenDelegation: false }
      ]);
      expect(m).toMatchObject({ attendees: 40, self_recognized: 6, professionals: 9 });
      // An entity that was not convened is refused, and nothing is saved.
      await expect(
        s.mesas.attend(
          D,
          id,
          [{ entity: 'Intrusa', mode: 'titular', delegate: null }],
          { attendees: 1, selfRecognized: 0, professionals: 0 },
          ACTOR
        )
      ).rejects.toThrow('no fue convocada');
      expect((await s.mesas.get(D, id)).attendees).toBe(40);
    });

    it('12 of 25 present: no quorum, nothing approved even with approvesPeg', async () => {
      const validated = await actionAt('validada');
      const { id } = await s.mesas.create(D, session(), ACTOR);
      await s.mesas.attend(D, id, titulares(12), NO_COUNTS, ACTOR);
      const v = await s.mesas.vote(D, id, ballot({ yes: 12, no: 0, abstain: 0 }), ACTOR);
      expect(v).toMatchObject({ members: 25, present: 12, approved: false, approves_peg: true });
      expect(v.reason).toMatch(/^Sin quórum/);
      expect((await s.peg.get(D, validated)).status).toBe('validada');
    });

    it('13 of 25 with 7 for: approved, and every validada action becomes aprobada', async () => {
      const kinds = ['validada', 'validada', 'mesas', 'prediligenciada'] as const;
      const ids: number[] = [];
      for (const k of kinds) ids.push(await actionAt(k));
      const [a, b] = ids;
      const { id } = await s.mesas.create(D, session(), ACTOR);
      await s.mesas.attend(D, id, titulares(13), NO_COUNTS, ACTOR);
      const v = await s.mesas.vote(D, id, ballot(), ACTOR);
      expect(v).toMatchObject({ present: 13, yes: 7, approved: true, rule: 'mayoria_simple' });
      expect(v.reason).toContain(`Acciones aprobadas: ${a}, ${b}.`);
      const statuses: string[] = [];
      for (const x of ids) statuses.push((await s.peg.get(D, x)).status);
      expect(statuses).toEqual(['aprobada', 'aprobada', 'mesas', 'prediligenciada']);
      expect((await s.peg.events(a!)).at(-1)).toMatchObject({
        event: 'estado',
        status: 'aprobada'
      });
      expect((await s.mesas.get(D, id)).votes).toHaveLength(1);
    });

    it('approvesPeg with no validated action throws and records no vote', async () => {
      const c = await actionAt('mesas');
      const { id } = await s.mesas.create(D, session(), ACTOR);
      await s.mesas.attend(D, id, titulares(13), NO_COUNTS, ACTOR);
      await expect(s.mesas.vote(D, id, ballot(), ACTOR)).rejects.toThrow(
        /No hay acciones validadas/
      );
      expect((await s.mesas.get(D, id)).votes).toEqual([]);
      expect((await s.peg.get(D, c)).status).toBe('mesas');
    });

    it('approvesPeg on a thematic session or with two thirds throws', async () => {
      const a = await actionAt('validada');
      const thematic = (await s.mesas.create(D, session({ mesa: 'tematica', number: 1 }), ACTOR))
        .id;
      const district = (await s.mesas.create(D, session(), ACTOR)).id;
      for (const x of [thematic, district])
        await s.mesas.attend(D, x, titulares(25), NO_COUNTS, ACTOR);
      await expect(s.mesas.vote(D, thematic, ballot({ yes: 25 }), ACTOR)).rejects.toThrow(/§3\.2/);
      await expect(
        s.mesas.vote(D, district, ballot({ yes: 25, rule: 'dos_tercios' }), ACTOR)
      ).rejects.toThrow(/§3\.2/);
      expect((await s.mesas.list(D)).flatMap((m) => m.votes)).toEqual([]);
      expect((await s.peg.get(D, a)).status).toBe('validada');
    });

    it('the refusals are RuleErrors with their rule code, not engine errors', async () => {
      const id = await actionAt('mesas');
      const code = async (run: Promise<unknown>) => {
        try {
          await run;
        } catch (e) {
          return e instanceof RuleError ? e.code : 'not a RuleError';
        }
        return 'no error';
      };
      expect(await code(s.peg.move(D, id, 'aprobada', CONCEPT, null, ACTOR))).toBe(
        'peg-transition'
      );
      const thematic = (await s.mesas.create(D, session({ mesa: 'tematica', number: 1 }), ACTOR))
        .id;
      await s.mesas.attend(D, thematic, titulares(25), NO_COUNTS, ACTOR);
      expect(await code(s.mesas.vote(D, thematic, ballot({ yes: 25 }), ACTOR))).toBe(
        'peg-approval'
      );
      const district = (await s.mesas.create(D, session(), ACTOR)).id;
      await s.mesas.attend(D, district, titulares(25), NO_COUNTS, ACTOR);
      expect(await code(s.mesas.vote(D, district, ballot({ yes: 19 }), ACTOR))).toBe(
        'peg-nothing-validated'
      );
      expect(await code(s.mesas.convene(D, district, '2099-01-01', ACTOR))).toBe(
        'session-convocation'
      );
    });

    it("a delegate without written delegation does not count in the vote's present", async () => {
      const { id } = await s.mesas.create(D, session(), ACTOR);
      const rows = [
        ...titulares(12),
        { entity: 'Entidad 13', mode: 'delegado' as const, delegate: 'Sin carta' },
        {
          entity: 'Entidad 14',
          mode: 'delegado' as const,
          delegate: 'Con carta',
          writtenDelegation: true
        }
      ];
      await s.mesas.attend(D, id, rows, NO_COUNTS, ACTOR);
      const v = await s.mesas.vote(D, id, ballot({ approvesPeg: false }), ACTOR);
      expect(v).toMatchObject({ members: 25, present: 13, approved: true });
    });
  });

  describe('migration 4: its CHECK lists are the domain lists', () => {
    // The quoted values of the column's `IN (...)` list: SQLite keeps the CREATE TABLE text;
    // PostgreSQL prints the constraint as `(<column> = ANY (ARRAY['…'::text, …]))`.
    const listed = async (table: string, column: string) => {
      let list: string;
      if (db.engine === 'sqlite') {
        const [{ sql }] = (await db.sql<{ sql: string }>(
          'SELECT sql FROM sqlite_schema WHERE name = ?',
          [table]
        )) as [{ sql: string }];
        list = new RegExp(`${column} IN \\(([^)]*)\\)`).exec(sql)![1]!;
      } else {
        const defs = await db.sql<{ def: string }>(
          `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
         WHERE conrelid = ?::regclass AND contype = 'c'`,
          [table]
        );
        list = defs.map((d) => d.def).find((d) => d.includes(`(${column} = ANY (ARRAY[`))!;
      }
      return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();
    };
    const sorted = (v: readonly string[]) => [...v].sort();

    it('the schema text lists exactly the domain values', async () => {
      expect(await listed('peg_actions', 'status')).toEqual(sorted(PEG_STATUSES));
      expect(await listed('peg_actions', 'component')).toEqual(sorted(PEG_COMPONENTS));
      expect(await listed('peg_actions', 'flag')).toEqual(sorted(Object.keys(FLAG_LABELS)));
      expect(await listed('session_votes', 'rule')).toEqual(sorted(Object.keys(RULE_LABELS)));
    });
  });
});

describe('§3.2 screenTerritory over the bundled ethnic layers', () => {
  it(
    'Cumbal overlaps its resguardo; Segovia holds two in the ANT record; a drawn area is not placed against the record',
    { timeout: 60_000 },
    async () => {
      const cumbal = await screenTerritory({ municipios: ['52227'], area: null }, null);
      expect(cumbal.flag).toBe('superposicion');
      expect(cumbal.evidence.map((e) => e.feature)).toContain('Resguardo Indígena De Cumbal');
      const segovia = await screenTerritory({ municipios: ['05736'], area: null }, null);
      expect(segovia.flag).toBe('superposicion');
      expect(segovia.evidence.map((e) => [e.layer, e.overlap_ha, e.record?.people])).toEqual([
        ['resguardos_ant_registro', null, 'EMBERA KATIO'],
        ['resguardos_ant_registro', null, 'EMBERA CHAMI']
      ]);
      // A 0.02° square at Segovia's town (DIVIPOLA centroid 7.267, −74.622; hand-made fixture):
      // the record has no polygon to meet, so it gives the drawn area no evidence.
      const square = {
        type: 'Polygon' as const,
        coordinates: [
          [
            [-74.72, 7.08],
            [-74.7, 7.08],
            [-74.7, 7.1],
            [-74.72, 7.1],
            [-74.72, 7.08]
          ]
        ]
      };
      const drawn = await screenTerritory({ municipios: [], area: square }, null);
      expect(drawn.evidence.filter((e) => e.record)).toEqual([]);
    }
  );
});
