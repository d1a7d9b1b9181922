// The mesas registry (issue 8, guide §2.1, §2.2.1, §2.3.4) on a real SQLite file in a temp folder
// with a pinned clock: each mesa's member entities (added, updated, removed, audited), the day a
// session's convocation was sent and a thematic session's representatives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MesaMemberInput } from '../src/lib/domain/mesa-member';
import { openStores } from '../src/lib/server/store/open-store';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import type { SessionInput } from '../src/lib/domain/model/mesa';
import type { Stores } from '../src/lib/domain/store/stores';

const D = 'nordeste-antioqueno';
const AT = '2027-03-01T15:00:00.000Z';
const ACTOR = 'dme@minenergia.gov.co';

let dir: string;
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
const actions = () => s.audit.list(D).map((e) => e.action);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-registry-'));
  s = openStores(join(dir, 'atlas.sqlite'), { now: () => AT });
});
afterEach(() => {
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('§2.2.1 registry of member entities', () => {
  it('save adds a member with who added it, audited', () => {
    const m = s.members.save(D, member(), ACTOR);
    expect(m).toEqual({ ...member(), added_by: ACTOR, added_at: AT });
    expect(s.members.list(D)).toEqual([m]);
    expect(actions()).toContain('mesa.integrante.agregar');
  });

  it('saving the same entity of the same mesa updates it; another mesa is another member', () => {
    s.members.save(D, member(), ACTOR);
    s.members.save(D, member({ delegate: 'Luis Gómez', email: null }), 'otra@mme.gov.co');
    s.members.save(D, member({ mesa: 'tematica', ethnic: true }), ACTOR);
    const distrital = s.members.list(D, 'distrital');
    expect(distrital).toHaveLength(1);
    expect(distrital[0]).toMatchObject({ delegate: 'Luis Gómez', email: null, added_by: ACTOR });
    expect(s.members.list(D, 'tematica')[0]!.ethnic).toBe(true);
    expect(s.members.list(D)).toHaveLength(2);
    expect(actions()).toContain('mesa.integrante.actualizar');
  });

  it('lists members by mesa in the guide’s order, entities alphabetically', () => {
    for (const [mesa, entity] of [
      ['tematica', 'Asociación de mineros'],
      ['distrital', 'UPME'],
      ['mtin', 'DNP'],
      ['distrital', 'ANM']
    ] as const)
      s.members.save(D, member({ mesa, entity }), ACTOR);
    expect(s.members.list(D).map((m) => `${m.mesa}:${m.entity}`)).toEqual([
      'mtin:DNP',
      'distrital:ANM',
      'distrital:UPME',
      'tematica:Asociación de mineros'
    ]);
  });

  it('rejects an empty or too long entity and a bad e-mail, in Spanish, keeping stored data', () => {
    s.members.save(D, member(), ACTOR);
    expect(() => s.members.save(D, member({ entity: '  ' }), ACTOR)).toThrow(/entre 1 y 200/);
    expect(() => s.members.save(D, member({ entity: 'x'.repeat(201) }), ACTOR)).toThrow(
      /entre 1 y 200/
    );
    expect(() => s.members.save(D, member({ email: 'ana@' }), ACTOR)).toThrow(
      'El correo del delegado no es válido.'
    );
    expect(s.members.list(D)).toEqual([expect.objectContaining(member())]);
  });

  it('remove deletes it, audited; a missing member is NotFoundError', () => {
    s.members.save(D, member(), ACTOR);
    s.members.remove(D, 'distrital', member().entity, ACTOR);
    expect(s.members.list(D)).toEqual([]);
    expect(actions()).toContain('mesa.integrante.quitar');
    expect(() => s.members.remove(D, 'distrital', member().entity, ACTOR)).toThrow(NotFoundError);
  });

  it('a member of a district that does not exist is NotFoundError', () => {
    expect(() => s.members.save('no-existe', member(), ACTOR)).toThrow(NotFoundError);
  });
});

describe('§2.2.1 convocation sent', () => {
  it('convene stores the day it was sent, audited', () => {
    const { id } = s.mesas.create(D, session({ mesa: 'distrital' }), ACTOR);
    expect(s.mesas.get(D, id).convocation_sent).toBeNull();
    expect(s.mesas.convene(D, id, '2027-04-20', ACTOR).convocation_sent).toBe('2027-04-20');
    expect(actions()).toContain('mesa.convocatoria');
  });

  it('refuses a date that is not a date or is after the session, keeping the stored one', () => {
    const { id } = s.mesas.create(D, session(), ACTOR);
    s.mesas.convene(D, id, '2027-04-19', ACTOR);
    expect(() => s.mesas.convene(D, id, '2027-02-30', ACTOR)).toThrow(/AAAA-MM-DD/);
    expect(() => s.mesas.convene(D, id, '2027-05-05', ACTOR)).toThrow(/después de la sesión/);
    expect(s.mesas.get(D, id).convocation_sent).toBe('2027-04-19');
    expect(() => s.mesas.convene(D, id + 1, '2027-04-19', ACTOR)).toThrow(NotFoundError);
  });
});

describe('§2.3.4 representatives of a thematic session', () => {
  it('attend stores the representatives and the ethnic organizations', () => {
    const { id } = s.mesas.create(D, session(), ACTOR);
    const stored = s.mesas.attend(D, id, [], counts, ACTOR);
    expect(stored).toMatchObject({
      attendees: 28,
      representatives: 2,
      ethnic_organizations: true,
      ethnic_representatives: 1
    });
  });

  it('counts left out are stored empty', () => {
    const { id } = s.mesas.create(D, session(), ACTOR);
    s.mesas.attend(D, id, [], counts, ACTOR);
    const cleared = s.mesas.attend(
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

  it('refuses more ethnic designees than representatives, keeping what was stored', () => {
    const { id } = s.mesas.create(D, session(), ACTOR);
    s.mesas.attend(D, id, [], counts, ACTOR);
    expect(() =>
      s.mesas.attend(D, id, [], { ...counts, representatives: 1, ethnicRepresentatives: 2 }, ACTOR)
    ).toThrow(/no pueden superar/);
    expect(s.mesas.get(D, id)).toMatchObject({ representatives: 2, ethnic_representatives: 1 });
  });
});
