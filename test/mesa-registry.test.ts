// The mesas registry (issue 8, guide §2.1, §2.2.1, §2.3.4) on both engines (a SQLite file in a temp
// folder, a PostgreSQL database) with a pinned clock: each mesa's member entities (added, updated,
// removed, audited), the day a session's convocation was sent and a thematic session's
// representatives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MesaMemberInput } from '../src/lib/domain/mesa-member';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import type { SessionInput } from '../src/lib/domain/model/mesa';
import type { Stores } from '../src/lib/domain/store/stores';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const D = 'nordeste-antioqueno';
const AT = '2027-03-01T15:00:00.000Z';
const ACTOR = 'dme@minenergia.gov.co';

let db: TestDb;
let s: Stores;

const member = (over: Partial<MesaMemberInput> = {}): MesaMemberInput => ({
  mesa: 'distrital',
  entity: 'Agencia Nacional de Minería',
  delegate: 'Ana Pérez',
  email: 'ana.perez@anm.gov.co',
  ethnic: false,
  ...over
});
const session = (over: Partial<SessionInput> = {}): SessionInput => ({
  mesa: 'tematica',
  number: 1,
  kind: 'ordinaria',
  date: '2027-05-04',
  place: 'Segovia',
  objective: 'Mesa zonal Segovia–Remedios',
  entities: ['ANM', 'Consejo comunitario'],
  ...over
});
const counts = {
  attendees: 28,
  selfRecognized: 6,
  professionals: 2,
  representatives: 2,
  ethnicOrganizations: true,
  ethnicRepresentatives: 1
};
const actions = async () => (await s.audit.list(D)).map((e) => e.action);

describe.each(ENGINES)('%s', (engine) => {
  beforeEach(async () => {
    db = await openTestDb(engine, { now: () => AT });
    s = db.stores;
  });
  afterEach(() => db.close());

  describe('§2.2.1 registry of member entities', () => {
    it('save adds a member with who added it, audited', async () => {
      const m = await s.members.save(D, member(), ACTOR);
      expect(m).toEqual({ ...member(), added_by: ACTOR, added_at: AT });
      expect(await s.members.list(D)).toEqual([m]);
      expect(await actions()).toContain('mesa.integrante.agregar');
    });

    it('saving the same entity of the same mesa updates it; another mesa is another member', async () => {
      await s.members.save(D, member(), ACTOR);
      await s.members.save(D, member({ delegate: 'Luis Gómez', email: null }), 'otra@mme.gov.co');
      await s.members.save(D, member({ mesa: 'tematica', ethnic: true }), ACTOR);
      const distrital = await s.members.list(D, 'distrital');
      expect(distrital).toHaveLength(1);
      expect(distrital[0]).toMatchObject({ delegate: 'Luis Gómez', email: null, added_by: ACTOR });
      expect((await s.members.list(D, 'tematica'))[0]!.ethnic).toBe(true);
      expect(await s.members.list(D)).toHaveLength(2);
      expect(await actions()).toContain('mesa.integrante.actualizar');
    });

    it('lists members by mesa in the guide’s order, entities alphabetically', async () => {
      for (const [mesa, entity] of [
        ['tematica', 'Asociación de mineros'],
        ['distrital', 'UPME'],
        ['mtin', 'DNP'],
        ['distrital', 'ANM']
      ] as const)
        await s.members.save(D, member({ mesa, entity }), ACTOR);
      expect((await s.members.list(D)).map((m) => `${m.mesa}:${m.entity}`)).toEqual([
        'mtin:DNP',
        'distrital:ANM',
        'distrital:UPME',
        'tematica:Asociación de mineros'
      ]);
    });

    it('rejects an empty or too long entity and a bad e-mail, in Spanish, keeping stored data', async () => {
      await s.members.save(D, member(), ACTOR);
      await expect(s.members.save(D, member({ entity: '  ' }), ACTOR)).rejects.toThrow(
        /entre 1 y 200/
      );
      await expect(s.members.save(D, member({ entity: 'x'.repeat(201) }), ACTOR)).rejects.toThrow(
        /entre 1 y 200/
      );
      await expect(s.members.save(D, member({ email: 'ana@' }), ACTOR)).rejects.toThrow(
        'El correo del delegado no es válido.'
      );
      expect(await s.members.list(D)).toEqual([expect.objectContaining(member())]);
    });

    it('remove deletes it, audited; a missing member is NotFoundError', async () => {
      await s.members.save(D, member(), ACTOR);
      await s.members.remove(D, 'distrital', member().entity, ACTOR);
      expect(await s.members.list(D)).toEqual([]);
      expect(await actions()).toContain('mesa.integrante.quitar');
      await expect(s.members.remove(D, 'distrital', member().entity, ACTOR)).rejects.toThrow(
        NotFoundError
      );
    });

    it('a member of a district that does not exist is NotFoundError', async () => {
      await expect(s.members.save('no-existe', member(), ACTOR)).rejects.toThrow(NotFoundError);
    });
  });

  describe('§2.2.1 convocation sent', () => {
    it('convene stores the day it was sent, audited', async () => {
      const { id } = await s.mesas.create(D, session({ mesa: 'distrital' }), ACTOR);
      expect((await s.mesas.get(D, id)).convocation_sent).toBeNull();
      expect((await s.mesas.convene(D, id, '2027-04-20', ACTOR)).convocation_sent).toBe(
        '2027-04-20'
      );
      expect(await actions()).toContain('mesa.convocatoria');
    });

    it('refuses a date that is not a date or is after the session, keeping the stored one', async () => {
      const { id } = await s.mesas.create(D, session(), ACTOR);
      await s.mesas.convene(D, id, '2027-04-19', ACTOR);
      await expect(s.mesas.convene(D, id, '2027-02-30', ACTOR)).rejects.toThrow(/AAAA-MM-DD/);
      await expect(s.mesas.convene(D, id, '2027-05-05', ACTOR)).rejects.toThrow(
        /después de la sesión/
      );
      expect((await s.mesas.get(D, id)).convocation_sent).toBe('2027-04-19');
      await expect(s.mesas.convene(D, id + 1, '2027-04-19', ACTOR)).rejects.toThrow(NotFoundError);
    });
  });

  describe('§2.3.4 representatives of a thematic session', () => {
    it('attend stores the representatives and the ethnic organizations', async () => {
      const { id } = await s.mesas.create(D, session(), ACTOR);
      const stored = await s.mesas.attend(D, id, [], counts, ACTOR);
      expect(stored).toMatchObject({
        attendees: 28,
        representatives: 2,
        ethnic_organizations: true,
        ethnic_representatives: 1
      });
    });

    it('counts left out are stored empty', async () => {
      const { id } = await s.mesas.create(D, session(), ACTOR);
      await s.mesas.attend(D, id, [], counts, ACTOR);
      const cleared = await s.mesas.attend(
        D,
        id,
        [],
        { attendees: null, selfRecognized: null, professionals: null },
        ACTOR
      );
      expect(cleared).toMatchObject({
        representatives: null,
        ethnic_organizations: false,
        ethnic_representatives: null
      });
    });

    it('refuses more ethnic designees than representatives, keeping what was stored', async () => {
      const { id } = await s.mesas.create(D, session(), ACTOR);
      await s.mesas.attend(D, id, [], counts, ACTOR);
      await expect(
        s.mesas.attend(
          D,
          id,
          [],
          { ...counts, representatives: 1, ethnicRepresentatives: 2 },
          ACTOR
        )
      ).rejects.toThrow(/no pueden superar/);
      expect(await s.mesas.get(D, id)).toMatchObject({
        representatives: 2,
        ethnic_representatives: 1
      });
    });
  });
});
