// The stores of the publication period (guide §1.2 publicación) on both engines (a SQLite file in
// a temp folder, a PostgreSQL database of the throw-away cluster), with a pinned clock: migration 3's CHECK lists against the domain, staff accounts and
// sessions, the period with its documents, comments through moderation, answer and
// systematization, and the audit entry of every write.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PEG_COMPONENTS } from '../src/lib/domain/anexo2-aspects';
import { CHANNEL_LABELS, DECISION_LABELS, STATUS_LABELS } from '../src/lib/domain/comment-fields';
import { ROLE_LABELS } from '../src/lib/domain/staff-roles';
import type { CommentInput } from '../src/lib/domain/validate-comment';
import { bootstrapAdmin } from '../src/lib/server/auth/bootstrap-admin';
import { hashPassword } from '../src/lib/server/auth/password';
import { sessionUser, signIn, signOut } from '../src/lib/server/auth/staff-session';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import type { Stores } from '../src/lib/domain/store/stores';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const D = 'nordeste-antioqueno';
const OPENS = '2026-12-01T13:00:00.000Z';
const CLOSES = '2026-12-16T13:00:00.000Z';
const PASSWORD = 'una-clave-de-prueba';
const NOV20 = '2026-11-20T15:00:00.000Z';

let db: TestDb;
let s: Stores;
/** The time every write records: set it before a write. */
let at: string;
const open = (name = 'Nordeste Antioqueño', municipios = ['05736', '05604']) =>
  s.publications.setPeriod(D, { name, municipios, opens_at: OPENS, closes_at: CLOSES }, 'mme@x.co');
const input = (over: Partial<CommentInput> = {}): CommentInput => ({
  texto: 'El distrito debe incluir la vereda El Retiro.',
  nombre: 'Ana Pérez',
  organizacion: null,
  email: 'ana@correo.co',
  municipio: '05736',
  componente: 'social',
  geometria: null,
  ...over
});

describe.each(ENGINES)('publication period stores on %s', (engine) => {
  beforeEach(async () => {
    at = NOV20;
    db = await openTestDb(engine, { now: () => at });
    s = db.stores;
  });
  afterEach(async () => {
    await db.close();
  });

  // A CHECK constraint refusing a row, as each engine words it.
  const CHECK = engine === 'sqlite' ? /CHECK/ : /violates check constraint/;

  describe('migration 3: its CHECK lists are the domain lists', () => {
    // The quoted values of `<column> IN (...)` in the CREATE TABLE text (SQLite), or of
    // `<column> = ANY (ARRAY[...])` in the table's CHECK constraints (PostgreSQL).
    const listed = async (table: string, column: string) => {
      let list: string;
      if (engine === 'sqlite') {
        const [{ sql }] = (await db.sql('SELECT sql FROM sqlite_schema WHERE name = ?', [
          table
        ])) as [{ sql: string }];
        list = new RegExp(`${column} IN \\(([^)]*)\\)`).exec(sql)![1]!;
      } else {
        const defs = await db.sql<{ def: string }>(
          `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
         WHERE conrelid = CAST(? AS regclass) AND contype = 'c'`,
          [table]
        );
        const all = defs.map((d) => d.def).join('\n');
        list = new RegExp(`\\(${column} = ANY \\(ARRAY\\[([^\\]]*)\\]\\)\\)`).exec(all)![1]!;
      }
      return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();
    };
    const sorted = (v: readonly string[]) => [...v].sort();

    test('the schema text lists exactly the domain values', async () => {
      expect(await listed('users', 'role')).toEqual(sorted(Object.keys(ROLE_LABELS)));
      expect(await listed('comments', 'channel')).toEqual(sorted(Object.keys(CHANNEL_LABELS)));
      expect(await listed('comments', 'status')).toEqual(sorted(Object.keys(STATUS_LABELS)));
      expect(await listed('comments', 'decision')).toEqual(sorted(Object.keys(DECISION_LABELS)));
      expect(await listed('comments', 'componente')).toEqual(sorted(PEG_COMPONENTS));
    });

    test('every domain value inserts; a value outside the list throws', async () => {
      await open();
      const user = (email: string, role: string) =>
        db.sql(
          `INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, 'n', ?, 'h', 't')`,
          [email, role]
        );
      let n = 0;
      const role = (r: string) => user(`u${++n}@x.co`, r);
      for (const r of Object.keys(ROLE_LABELS)) await expect(role(r)).resolves.toEqual([]);
      for (const r of ['Admin', 'root', '']) await expect(role(r)).rejects.toThrow(CHECK);

      const comment = (c: Record<string, string | null>) =>
        db.sql(
          `INSERT INTO comments (district_id, received_at, channel, texto, status, decision, componente)
         VALUES (?, 't', ?, 'x', ?, ?, ?)`,
          [D, c.channel, c.status, c.decision, c.componente]
        );
      const base = { channel: 'web', status: 'pendiente', decision: null, componente: null };
      const row = (c: Record<string, string>) => comment({ ...base, ...c });
      for (const channel of Object.keys(CHANNEL_LABELS))
        await expect(row({ channel })).resolves.toEqual([]);
      for (const status of Object.keys(STATUS_LABELS))
        await expect(row({ status })).resolves.toEqual([]);
      for (const decision of Object.keys(DECISION_LABELS))
        await expect(row({ decision })).resolves.toEqual([]);
      for (const componente of PEG_COMPONENTS)
        await expect(row({ componente })).resolves.toEqual([]);
      await expect(row({ channel: 'email' })).rejects.toThrow(CHECK);
      await expect(row({ status: 'publicada' })).rejects.toThrow(CHECK);
      await expect(row({ decision: 'acepta parcialmente' })).rejects.toThrow(CHECK);
      await expect(row({ componente: 'economico' })).rejects.toThrow(CHECK);
      expect(await db.sql('SELECT CAST(count(*) AS integer) AS n FROM comments')).toEqual([
        { n: 16 }
      ]);
    });
  });

  describe('staff accounts and sessions', () => {
    const admin = async (email = 'admin@x.co') =>
      s.accounts.create(
        { email, name: 'Ana', role: 'admin', passwordHash: await hashPassword(PASSWORD) },
        'sistema'
      );

    test('create lists the account without its hash; e-mails are unique without case', async () => {
      const created = await admin();
      const list = await s.accounts.list();
      expect(list).toStrictEqual([created]);
      expect(created).toMatchObject({ email: 'admin@x.co', active: true, created_at: at });
      // The fields of StaffUser, nothing more.
      expect(Object.keys(created).sort().join()).toBe('active,created_at,email,id,name,role');
      expect(JSON.stringify(list)).not.toMatch(/argon2|hash/);
      await expect(admin('Admin@X.co')).rejects.toThrow(/Ya existe una cuenta/);
      expect(await s.accounts.list()).toHaveLength(1);
    });

    test('signIn, sessionUser, deactivation and signOut', async () => {
      const { id } = await admin();
      const now = new Date(at);
      expect(await signIn(s.accounts, 'admin@x.co', 'otra-clave-cualquiera', now)).toBeNull();
      expect(await signIn(s.accounts, 'nadie@x.co', PASSWORD, now)).toBeNull();
      const ok = (await signIn(s.accounts, 'admin@x.co', PASSWORD, now))!;
      expect(ok.cookie).toMatch(/^[\w-]+\.[\w-]+$/);
      expect(await sessionUser(s.accounts, ok.cookie)).toMatchObject({ id, email: 'admin@x.co' });
      const changed = (ok.cookie[0] === 'a' ? 'b' : 'a') + ok.cookie.slice(1);
      expect(await sessionUser(s.accounts, changed)).toBeNull();
      expect(await sessionUser(s.accounts, undefined)).toBeNull();

      await signOut(s.accounts, ok.cookie);
      expect(await sessionUser(s.accounts, ok.cookie)).toBeNull();

      const again = (await signIn(s.accounts, 'ADMIN@x.co', PASSWORD, now))!;
      expect((await sessionUser(s.accounts, again.cookie))?.id).toBe(id);
      await s.accounts.setActive(id, false, 'otra@x.co');
      expect(await sessionUser(s.accounts, again.cookie)).toBeNull();
      expect(await signIn(s.accounts, 'admin@x.co', PASSWORD, now)).toBeNull();
      // A session row of an inactive account does not sign it in…
      await s.accounts.addSession('h', id, '2027-01-01T00:00:00.000Z');
      expect(await s.accounts.sessionUser('h')).toBeNull();
      // …and reactivating does not bring back the sessions deactivation ended.
      await s.accounts.setActive(id, true, 'otra@x.co');
      expect(await s.accounts.sessionUser('h')).not.toBeNull();
      expect(await sessionUser(s.accounts, again.cookie)).toBeNull();
    });

    test('a session ends after 12 hours', async () => {
      await admin();
      const ok = (await signIn(s.accounts, 'admin@x.co', PASSWORD, new Date(at)))!;
      at = new Date(Date.parse(at) + 12 * 3_600_000 - 1).toISOString();
      expect(await sessionUser(s.accounts, ok.cookie)).not.toBeNull();
      at = new Date(Date.parse(at) + 1).toISOString();
      expect(await sessionUser(s.accounts, ok.cookie)).toBeNull();
    });

    test('bootstrapAdmin from the environment', async () => {
      expect(await bootstrapAdmin(s.accounts, {})).toBe('sin-variables');
      expect(await s.accounts.list()).toEqual([]);
      const env = { ATLAS_ADMIN_EMAIL: 'jefa@minenergia.gov.co', ATLAS_ADMIN_PASSWORD: PASSWORD };
      expect(await bootstrapAdmin(s.accounts, env)).toBe('creada');
      expect(await s.accounts.list()).toMatchObject([
        { email: env.ATLAS_ADMIN_EMAIL, role: 'admin' }
      ]);
      expect(await bootstrapAdmin(s.accounts, { ...env, ATLAS_ADMIN_EMAIL: 'b@x.co' })).toBe(
        'existe'
      );
      expect(await s.accounts.list()).toHaveLength(1);
    });

    test('bootstrapAdmin refuses a short password', async () => {
      const env = { ATLAS_ADMIN_EMAIL: 'jefa@minenergia.gov.co', ATLAS_ADMIN_PASSWORD: 'corta' };
      await expect(bootstrapAdmin(s.accounts, env)).rejects.toThrow(/12 caracteres/);
      expect(await s.accounts.count('admin')).toBe(0);
    });
  });

  describe('guide §1.2 publicación: the period and its documents', () => {
    test('setPeriod opens, then re-dates with the earlier dates in the audit', async () => {
      expect(await open()).toMatchObject({
        district_id: D,
        opens_at: OPENS,
        updated_by: 'mme@x.co'
      });
      expect(await s.audit.list(D)).toMatchObject([
        { action: 'periodo.abrir', actor: 'mme@x.co', detail: { apertura: OPENS, cierre: CLOSES } }
      ]);
      expect((await s.audit.list(D))[0]!.detail).not.toHaveProperty('antes');
      at = '2026-11-21T15:00:00.000Z';
      const closes = '2026-12-20T13:00:00.000Z';
      const input = { name: 'N', municipios: ['05736'], opens_at: OPENS, closes_at: closes };
      const p = await s.publications.setPeriod(D, input, 'upme@x.co');
      expect(p).toMatchObject({ closes_at: closes, updated_by: 'upme@x.co', updated_at: at });
      const [last] = await s.audit.list(D);
      expect(last).toMatchObject({ action: 'periodo.cambiar', actor: 'upme@x.co', at });
      const antes = { apertura: OPENS, cierre: CLOSES };
      expect(last!.detail).toEqual({ apertura: OPENS, cierre: closes, antes });
    });

    test('the published name and municipios are a snapshot of the district', async () => {
      const district = (await s.districts.get(D))!;
      const municipios = [...district.municipios];
      await open(district.name, municipios);
      municipios.push('99999');
      await s.districts.update(D, { name: 'Renombrado', municipios: ['05001'] }, 'ana');
      const published = (await s.publications.get(D))!;
      expect(published.name).toBe('Nordeste Antioqueño');
      expect(published.municipios).toEqual(district.municipios);
      expect(published.municipios).toHaveLength(10);
    });

    test('documents: bytes stored, metadata without bytes, removal audited', async () => {
      await open();
      const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
      const doc = { kind: 'resolucion', title: 'Proyecto', filename: 'p.pdf', media_type: 'x/y' };
      const by = 'mme@x.co';
      const meta = await s.publications.addDocument(D, { ...doc, kind: 'resolucion', bytes }, by);
      const id = expect.any(Number);
      expect(meta).toStrictEqual({ ...doc, id, size: 7, uploaded_by: by, uploaded_at: at });
      expect(await s.publications.documents(D)).toStrictEqual([meta]);
      expect([...(await s.publications.document(D, meta.id))!.bytes]).toEqual([...bytes]);
      expect(await s.publications.document('valle-del-cauca', meta.id)).toBeNull();

      await s.publications.removeDocument(D, meta.id, 'upme@x.co');
      expect(await s.publications.document(D, meta.id)).toBeNull();
      expect((await s.audit.list(D)).map((e) => e.action)).toEqual([
        'documento.retirar',
        'documento.subir',
        'periodo.abrir'
      ]);
      await expect(s.publications.removeDocument(D, meta.id, 'x')).rejects.toThrow(NotFoundError);
    });

    test('addDocument on a district without publication throws NotFoundError', async () => {
      const doc = { kind: 'otro' as const, title: 't', filename: 'f', media_type: 'm' };
      const add = () => s.publications.addDocument(D, { ...doc, bytes: new Uint8Array(1) }, 'x');
      await expect(add()).rejects.toThrow(NotFoundError);
      expect(await s.audit.list()).toEqual([]);
    });
  });

  describe('guide §1.2 publicación: comments from reception to systematization', () => {
    test('moderate, answer, systematize, hide: each visible where it should be, each audited', async () => {
      await open();
      at = '2026-12-02T15:00:00.000Z';
      const id = await s.comments.add(D, input(), 'web', 'público');
      expect(await s.comments.get(D, id)).toMatchObject({
        status: 'pendiente',
        registered_by: null
      });
      expect(await s.comments.published(D)).toEqual([]);

      at = '2026-12-03T15:00:00.000Z';
      await s.comments.moderate(D, id, 'publicado', null, 'secretaria@x.co');
      const [pub] = await s.comments.published(D);
      expect(pub).toMatchObject({ id, texto: input().texto, nombre: 'Ana Pérez', answer: null });
      for (const k of ['email', 'status', 'moderation_reason', 'moderated_by', 'district_id'])
        expect(pub).not.toHaveProperty(k);

      at = '2026-12-04T15:00:00.000Z';
      await s.comments.answer(D, id, 'Se revisará la vereda.', 'mininterior@x.co');
      expect(await s.comments.published(D)).toMatchObject([
        { id, answer: 'Se revisará la vereda.', answered_at: '2026-12-04T15:00:00.000Z' }
      ]);

      at = '2026-12-05T15:00:00.000Z';
      const sys = {
        decision: 'acepta_parcialmente',
        justification: 'J',
        draft_part: 'A2'
      } as const;
      const done = await s.comments.systematize(D, id, sys, 'upme@x.co');
      expect(done).toMatchObject({ ...sys, systematized_by: 'upme@x.co', systematized_at: at });

      at = '2026-12-06T15:00:00.000Z';
      const reason = 'Datos personales de terceros';
      await s.comments.moderate(D, id, 'oculto', reason, 'mme@x.co');
      expect(await s.comments.get(D, id)).toMatchObject({
        status: 'oculto',
        moderation_reason: reason
      });
      expect((await s.comments.get(D, id)).email).toBe('ana@correo.co');
      expect(await s.comments.published(D)).toEqual([]);

      const log = (await s.audit.list(D)).map(({ actor, action, district_id, comment_id, at }) => {
        return { actor, action, district_id, comment_id, at };
      });
      const entry = (actor: string, action: string, day: string) => {
        return {
          actor,
          action,
          district_id: D,
          comment_id: id,
          at: `2026-12-${day}T15:00:00.000Z`
        };
      };
      expect(log).toEqual([
        entry('mme@x.co', 'comentario.oculto', '06'),
        entry('upme@x.co', 'comentario.sistematizar', '05'),
        entry('mininterior@x.co', 'comentario.responder', '04'),
        entry('secretaria@x.co', 'comentario.publicado', '03'),
        entry('público', 'comentario.recibir', '02'),
        { actor: 'mme@x.co', action: 'periodo.abrir', district_id: D, comment_id: null, at: NOV20 }
      ]);
      expect((await s.audit.list(D))[0]!.detail).toEqual({ antes: 'publicado', motivo: reason });
    });

    test('an unknown comment throws NotFoundError and writes no audit entry', async () => {
      await open();
      const id = await s.comments.add(D, input(), 'web', 'público');
      const before = (await s.audit.list()).length;
      await expect(s.comments.moderate(D, 999, 'publicado', null, 'x')).rejects.toThrow(
        NotFoundError
      );
      await expect(s.comments.answer('valle-del-cauca', id, 'r', 'x')).rejects.toThrow(
        NotFoundError
      );
      expect(await s.audit.list()).toHaveLength(before);
      expect((await s.comments.get(D, id)).answer).toBeNull();
    });

    test('a comment registered from e-mail keeps who registered it and when it arrived', async () => {
      await open();
      const received = '2026-12-01T20:30:00.000Z';
      const id = await s.comments.add(D, input(), 'correo', 'secretaria@x.co', received);
      expect(await s.comments.get(D, id)).toMatchObject({
        channel: 'correo',
        registered_by: 'secretaria@x.co',
        received_at: received
      });
    });

    test('SQL-looking text is stored verbatim and the table keeps every row', async () => {
      await open();
      const texto = "x'); DROP TABLE comments; --";
      const nombre = "Robert'); DELETE FROM comments WHERE ('1'='1";
      const point = { type: 'Point' as const, coordinates: [-75.5, 6.5] };
      const first = await s.comments.add(D, input(), 'web', 'público');
      const id = await s.comments.add(
        D,
        input({ texto, nombre, geometria: point }),
        'web',
        'público'
      );
      expect(await s.comments.get(D, id)).toMatchObject({ texto, nombre, geometria: point });
      expect((await s.comments.get(D, first)).texto).toBe(input().texto);
      expect(await db.sql('SELECT CAST(count(*) AS integer) AS n FROM comments')).toEqual([
        { n: 2 }
      ]);
    });
  });
});
