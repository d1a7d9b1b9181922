// Pure rules of the publication period (guide §1.2 publicación): dates in Colombian time and the
// 15 calendar days of Decreto 270 de 2017, comment and location validation, staff roles, signed
// cookies, the comment rate limit, passwords and the systematization matrix.
import { describe, expect, test } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { systematizationTable } from '../src/lib/export/systematization-table';
import {
  bogotaToIso,
  isoToBogota,
  periodError,
  periodState
} from '../src/lib/domain/publication-period';
import { can, isRole, ROLES, type StaffAction } from '../src/lib/domain/staff-roles';
import { validateComment } from '../src/lib/domain/validate-comment';
import { validateCommentGeometry } from '../src/lib/geo/validate-comment-geometry';
import { hashPassword, passwordProblem, verifyPassword } from '../src/lib/server/auth/password';
import { signToken, unsignToken } from '../src/lib/server/auth/signed-token';
import { rateFromEnv } from '../src/lib/server/rate-limit';
import type { CommentRecord } from '../src/lib/domain/model/comment';
import { ENGINES, openTestDb } from './store-engines';

const MIN = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('guide §1.2 publicación: dates in Bogotá time (UTC−5, no DST)', () => {
  test('bogotaToIso adds five hours, in winter and summer alike', () => {
    expect(bogotaToIso('2026-12-01T08:00')).toBe('2026-12-01T13:00:00.000Z');
    expect(bogotaToIso('2026-07-01T21:30')).toBe('2026-07-02T02:30:00.000Z');
  });

  test.each(['2026-02-30T10:00', '2026-12-01', '', 'garbage', '2026-12-01T24:00'])(
    'bogotaToIso(%j) is null',
    (v) => expect(bogotaToIso(v)).toBeNull()
  );

  test('isoToBogota round-trips', () => {
    for (const local of ['2026-12-01T08:00', '2027-01-01T00:00', '2026-03-08T23:59']) {
      expect(isoToBogota(bogotaToIso(local)!)).toBe(local);
    }
    expect(isoToBogota('2026-12-01T03:00:00.000Z')).toBe('2026-11-30T22:00');
  });
});

describe('Decreto 270 de 2017 (15 días calendario): periodError and periodState', () => {
  const opens = Date.parse('2026-12-01T13:00:00.000Z');

  test('exactly 15 days is accepted', () => {
    expect(periodError(iso(opens), iso(opens + 15 * DAY))).toBeNull();
  });

  test('15 days minus one minute is refused, citing the 15 días', () => {
    const message = periodError(iso(opens), iso(opens + 15 * DAY - MIN));
    expect(message).toMatch(/15 días/);
    // The length is rounded down: it never reads as the minimum it misses.
    expect(message).toContain('este dura 14 días y 23 h.');
  });

  test('a close before (or at) the opening is refused', () => {
    expect(periodError(iso(opens), iso(opens - DAY))).toMatch(/posterior a la apertura/);
    expect(periodError(iso(opens), iso(opens))).toMatch(/posterior a la apertura/);
  });

  test('periodState at the boundaries: [opens, closes) is abierto', () => {
    const p = { opens_at: iso(opens), closes_at: iso(opens + 15 * DAY) };
    expect(periodState(p, new Date(opens - 1))).toBe('programado');
    expect(periodState(p, new Date(opens))).toBe('abierto');
    expect(periodState(p, new Date(opens + 15 * DAY - 1))).toBe('abierto');
    expect(periodState(p, new Date(opens + 15 * DAY))).toBe('cerrado');
  });
});

describe('guide §1.2 publicación: validateComment', () => {
  const MUNIS = ['05736', '05604'];
  const ok = (raw: unknown) => {
    const r = validateComment(raw, MUNIS);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value;
  };
  const errors = (raw: unknown) => {
    const r = validateComment(raw, MUNIS);
    return r.ok ? {} : r.errors;
  };

  test('only texto: every other field is null, texto trimmed', () => {
    const others = ['nombre', 'organizacion', 'email', 'municipio', 'componente', 'geometria'];
    const nulls = Object.fromEntries(others.map((k) => [k, null]));
    expect(ok({ texto: '  Buen proyecto  ' })).toStrictEqual({ texto: 'Buen proyecto', ...nulls });
  });

  test.each([{}, { texto: '' }, { texto: '   \n\t ' }, { texto: null }])(
    'texto missing or blank (%j) is obligatorio',
    (raw) => expect(errors(raw).texto).toMatch(/obligatorio/)
  );

  test('texto: 5,000 characters (code points, not UTF-16 units) at most', () => {
    expect(errors({ texto: 'a'.repeat(5001) }).texto).toMatch(/máximo/);
    expect(ok({ texto: 'a'.repeat(5000) }).texto).toHaveLength(5000);
    // 5,000 emoji are 10,000 UTF-16 units: still 5,000 characters.
    expect(ok({ texto: '😀'.repeat(5000) }).texto).toBe('😀'.repeat(5000));
    expect(errors({ texto: '😀'.repeat(5001) }).texto).toMatch(/máximo/);
  });

  test('non-string nombre and control characters are refused', () => {
    expect(errors({ texto: 'x', nombre: 42 }).nombre).toMatch(/texto/);
    expect(errors({ texto: 'x', nombre: { a: 1 } }).nombre).toMatch(/texto/);
    expect(errors({ texto: 'hola\u0000mundo' }).texto).toMatch(/control/);
  });

  test('email, municipio of the district and componente of the PEG', () => {
    expect(errors({ texto: 'x', email: 'x@y' }).email).toContain('no tiene una forma válida');
    expect(ok({ texto: 'x', email: 'ana@minenergia.gov.co' }).email).toBe('ana@minenergia.gov.co');
    expect(errors({ texto: 'x', municipio: '76001' }).municipio).toMatch(/76001/);
    expect(ok({ texto: 'x', municipio: '05604' }).municipio).toBe('05604');
    expect(ok({ texto: 'x', componente: 'económico' }).componente).toBe('económico');
    expect(errors({ texto: 'x', componente: 'economico' }).componente).toContain('económico');
  });

  test('geometria sent as a JSON string is parsed and checked', () => {
    const point = { type: 'Point', coordinates: [-75.5, 6.5] };
    expect(ok({ texto: 'x', geometria: JSON.stringify(point) }).geometria).toStrictEqual(point);
    expect(errors({ texto: 'x', geometria: '{"type":"Point"' }).geometria).toContain(
      'objeto GeoJSON'
    );
  });

  test.each([[['texto']], ['texto'], [null], [42]])('a body that is not an object (%j)', (raw) => {
    expect(errors(raw)).toStrictEqual({ cuerpo: expect.stringMatching(/objeto JSON/) });
  });

  test('SQL-looking strings are accepted verbatim (trimmed)', () => {
    const texto = "  '); DROP TABLE comments; --  ";
    const nombre = "Robert'); DELETE FROM comments WHERE ('1'='1";
    expect(ok({ texto, nombre })).toMatchObject({ texto: texto.trim(), nombre });
  });
});

describe('guide §1.2 publicación: validateCommentGeometry', () => {
  const BOGOTA = [-74.08, 4.6];
  const check = (g: unknown, max?: number) => validateCommentGeometry(g, max);
  const polygon = (...rings: Position[][]) => ({ type: 'Polygon', coordinates: rings });
  const refused = (g: unknown, reason: RegExp) =>
    expect(check(g)).toMatchObject({ ok: false, error: expect.stringMatching(reason) });
  // Positions from longitude, latitude pairs.
  const ring = (...xy: number[]): Position[] =>
    Array.from({ length: xy.length / 2 }, (_, i) => [xy[2 * i]!, xy[2 * i + 1]!]);
  const square = ring(-75.6, 6.2, -75.5, 6.2, -75.5, 6.3, -75.6, 6.3, -75.6, 6.2);
  // `n` positions: n − 1 distinct points on a circle near Medellín, then the first one again.
  const circle = (n: number): Position[] => {
    const ring = Array.from({ length: n - 1 }, (_, i): Position => {
      const a = (2 * Math.PI * i) / (n - 1);
      return [-75.57 + 0.05 * Math.cos(a), 6.25 + 0.05 * Math.sin(a)];
    });
    return [...ring, ring[0]!];
  };

  test('a Point in Colombia keeps only type and coordinates', () => {
    const r = check({
      type: 'Point',
      coordinates: BOGOTA,
      properties: { a: 1 },
      crs: { type: 'name' },
      onerror: 'alert(1)'
    });
    expect(r).toStrictEqual({ ok: true, value: { type: 'Point', coordinates: BOGOTA } });
    if (r.ok) expect(Object.keys(r.value).sort()).toEqual(['coordinates', 'type']);
  });

  test('San Andrés is inside the extent, Paris is not', () => {
    expect(check({ type: 'Point', coordinates: [-81.7, 12.58] }).ok).toBe(true);
    refused({ type: 'Point', coordinates: [2.35, 48.85] }, /fuera de Colombia/);
  });

  test.each([[[NaN, 4.6]], [[-74, Infinity]], [['-74.08', '4.6']], [[-74]], ['-74,4']])(
    'Point coordinates %j are refused',
    (coordinates) => {
      expect(check({ type: 'Point', coordinates }).ok).toBe(false);
    }
  );

  test('a closed square near Medellín is accepted, without extra members', () => {
    const r = check({ ...polygon(square), properties: { x: 1 }, bbox: [0, 0, 1, 1] });
    expect(r).toStrictEqual({ ok: true, value: { type: 'Polygon', coordinates: [square] } });
  });

  test('unclosed, too short, self-intersecting and zero-area rings are refused', () => {
    refused(polygon(square.slice(0, 4)), /cerrarse/);
    refused(polygon([square[0]!, square[1]!, square[0]!]), /al menos 3 vértices/);
    // Unequal lobes, so the signed area is not zero and only the crossing check can refuse it.
    refused(polygon(ring(-75.6, 6.2, -75.4, 6.4, -75.4, 6.2, -75.6, 6.3, -75.6, 6.2)), /se corta/);
    refused(polygon(ring(-75, 6, -74, 6, -73, 6, -75, 6)), /no encierra/);
  });

  test('2,000 vertices are accepted, 2,001 refused', () => {
    expect(circle(2000)).toHaveLength(2000);
    const r = check(polygon(circle(2000)));
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as Polygon).coordinates[0]).toHaveLength(2000);
    refused(polygon(circle(2001)), /más de 2\.?000 vértices/);
  });

  test.each([
    { type: 'LineString', coordinates: square },
    { type: 'MultiPolygon', coordinates: [[square]] },
    null,
    [BOGOTA],
    'Point'
  ])('%j is refused', (g) => expect(check(g).ok).toBe(false));
});

describe('staff roles (who runs the publication period)', () => {
  const ACTIONS = 'periodo moderar responder sistematizar registrar usuarios'.split(
    ' '
  ) as StaffAction[];

  test('admin can do everything; only admin manages accounts', () => {
    for (const a of ACTIONS) expect(can('admin', a)).toBe(true);
    expect(ROLES.filter((r) => can(r, 'usuarios'))).toEqual(['admin']);
  });

  test('secretaría moderates and registers, nothing else; mininterior sets no period', () => {
    expect(ACTIONS.filter((a) => can('secretaria', a))).toEqual(['moderar', 'registrar']);
    expect(can('mininterior', 'periodo')).toBe(false);
    expect(can('mininterior', 'responder')).toBe(true);
    expect(can('mme', 'periodo')).toBe(true);
  });

  test('team layers are uploaded and retired by the admin, MME and UPME only', () => {
    expect(ROLES.filter((r) => can(r, 'capas'))).toEqual(['admin', 'mme', 'upme']);
  });

  test('isRole', () => {
    for (const r of ['admin', 'mme', 'upme', 'mininterior', 'secretaria'])
      expect(isRole(r)).toBe(true);
    for (const v of ['Admin', 'root', '', null, 1, undefined]) expect(isRole(v)).toBe(false);
    // Names every object inherits are not roles.
    for (const v of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(isRole(v)).toBe(false);
  });
});

describe('signed cookie values', () => {
  const S = 'secreto-de-prueba';
  const signed = signToken('abc123', S);

  test('round-trip', () => expect(unsignToken(signed, S)).toBe('abc123'));

  test('tampered token or signature, other secret, no dot, empty: null', () => {
    const [token, mac] = [signed.slice(0, signed.lastIndexOf('.')), signed.split('.').pop()!];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expect(unsignToken(`${flip(token)}.${mac}`, S)).toBeNull();
    expect(unsignToken(`${token}.${flip(mac)}`, S)).toBeNull();
    expect(unsignToken(signed, 'otro-secreto')).toBeNull();
    expect(unsignToken('abc123', S)).toBeNull();
    expect(unsignToken(`.${mac}`, S)).toBeNull();
    expect(unsignToken(signToken('', S), S)).toBeNull();
    expect(unsignToken('', S)).toBeNull();
  });
});

describe.each(ENGINES)('comment rate limit on %s', (engine) => {
  // Counted in the store now (RateLimitStore); a fresh database, the clock passed in.
  test('3 per 60 s per key, with an injected clock', async () => {
    const db = await openTestDb(engine);
    const s = db.stores;
    try {
      let t = 1_000_000;
      const take = (key: string) => s.limits.take('comentarios', key, 3, 60_000, t);
      expect([await take('a'), await take('a'), await take('a')]).toEqual([0, 0, 0]);
      t += 20_000;
      const wait = await take('a');
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      expect(wait).toBe(40);
      expect(await take('b')).toBe(0);
      t += 39_999;
      expect(await take('a')).toBeGreaterThan(0);
      t += 1;
      expect(await take('a')).toBe(0);
    } finally {
      await db.close();
    }
  });
});

describe('comment rate from the environment', () => {
  test('rateFromEnv', () => {
    expect(rateFromEnv('5/30')).toEqual({ limit: 5, windowMs: 30_000 });
    for (const v of ['abc', '0/10', '5/0', undefined])
      expect(rateFromEnv(v)).toEqual({ limit: 10, windowMs: 60_000 });
  });
});

describe('staff passwords', () => {
  test('at least 12 characters', () => {
    expect(passwordProblem('a'.repeat(11))).toMatch(/12 caracteres/);
    expect(passwordProblem('a'.repeat(12))).toBeNull();
  });

  test('argon2 hash verifies the right password only; a damaged hash is false', async () => {
    const h = await hashPassword('clave-correcta-1');
    expect(h).not.toContain('clave-correcta-1');
    expect(await verifyPassword(h, 'clave-correcta-1')).toBe(true);
    expect(await verifyPassword(h, 'clave-correcta-2')).toBe(false);
    expect(await verifyPassword(h.slice(0, 20), 'clave-correcta-1')).toBe(false);
    expect(await verifyPassword('no es un hash', 'clave-correcta-1')).toBe(false);
  });
});

describe('guide §1.2 publicación: systematization matrix', () => {
  const EMAIL = 'ciudadana@correo.co';
  const EMPTY = `organizacion geometria registered_by moderation_reason moderated_by moderated_at
    answer answered_by answered_at decision justification draft_part systematized_by`;
  const record = (id: number, texto: string) =>
    ({
      ...Object.fromEntries(EMPTY.split(/\s+/).map((k) => [k, null])),
      ...{ id, texto, district_id: 'nordeste-antioqueno', channel: 'web', status: 'publicado' },
      ...{ received_at: '2026-12-02T15:00:00.000Z', nombre: 'Ana', email: EMAIL },
      ...{ municipio: '05736', componente: 'minero', systematized_at: null }
    }) as CommentRecord;
  const TEXTS = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', 'Texto normal'];
  const comments = TEXTS.map((t, i) => record(i + 1, t));
  const observations = (forCsv: boolean) => {
    const t = systematizationTable(comments, (c) => `Municipio ${c}`, forCsv);
    return t.rows.map((r) => r[t.header.indexOf('Observación')]);
  };

  test('for CSV, text a spreadsheet would run as a formula gets an apostrophe', () => {
    expect(observations(true)).toEqual([...TEXTS.slice(0, 4).map((t) => `'${t}`), TEXTS[4]]);
  });

  test('for XLSX (forCsv false) the text is unchanged', () => {
    expect(observations(false)).toEqual(TEXTS);
  });

  test('no e-mail column and no cell with the comment’s e-mail', () => {
    const t = systematizationTable(comments, (c) => c, true);
    expect(t.header.filter((h) => /correo|e-?mail/i.test(h))).toEqual([]);
    expect(t.rows.flat().filter((c) => String(c).includes(EMAIL))).toEqual([]);
    expect(t.rows[0]).toContain('Ana');
  });
});
