// The publication period over HTTP against the built server (issue 7, guide §1.2): what the public
// may and may not send, what staff routes refuse, concurrency, and durability across a SIGKILL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';
import {
  ADMIN_ENV,
  allComments,
  openPeriod,
  postAction,
  postComment,
  staffLogin
} from './staff-client';

const D = 'nordeste-antioqueno';
const STAFF_PAGE = `/equipo/publicaciones/${D}`;
let app: RunningApp;
let cookie: string;

beforeAll(async () => {
  app = await startApp({ env: { ...ADMIN_ENV, ATLAS_COMMENT_RATE: '1000/60' } });
  cookie = await staffLogin(app.url);
  expect(await openPeriod(app.url, cookie, D)).toEqual({ status: 200, type: 'success' });
});

afterAll(() => app?.stop());

const count = async () => (await allComments(app.url, cookie, D)).length;

describe('staff routes refuse the public', () => {
  it('sends anonymous page visits to sign in and answers everything else 401', async () => {
    for (const path of ['/equipo', STAFF_PAGE, '/equipo/usuarios', '/equipo/auditoria']) {
      const res = await fetch(`${app.url}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toMatch(/^\/equipo\/ingresar\?volver=/);
    }
    const csv = await fetch(`${app.url}${STAFF_PAGE}/sistematizacion.csv`, { redirect: 'manual' });
    expect(csv.status).toBe(303);
    for (const action of ['moderar', 'responder', 'sistematizar', 'registrar', 'periodo'])
      expect((await postAction(app.url, STAFF_PAGE, action, { id: '1' })).status, action).toBe(401);
  });

  it('refuses a forged or altered session cookie', async () => {
    const [name, value] = cookie.split('=');
    const altered = `${name}=${value!.slice(0, -2)}${value!.endsWith('A') ? 'BB' : 'AA'}`;
    for (const c of [altered, `${name}=abc.def`, `${name}=${value!.split('.')[0]}`]) {
      const res = await fetch(`${app.url}/equipo`, { headers: { cookie: c }, redirect: 'manual' });
      expect(res.status).toBe(303);
    }
  });

  it('refuses a staff form posted from another origin (SvelteKit origin check)', async () => {
    const res = await fetch(`${app.url}${STAFF_PAGE}?/moderar`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://sitio-malicioso.example',
        cookie
      },
      body: 'id=1&estado=publicado'
    });
    expect(res.status).toBe(403);
  });

  it('refuses a period shorter than 15 calendar days (Decreto 270 de 2017)', async () => {
    expect((await openPeriod(app.url, cookie, D, 0, 14.9)).type).toBe('failure');
  });
});

describe('documents and roles', () => {
  it('publishes an uploaded PDF for download and refuses a file that only claims to be one', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n% proyecto de resolución (prueba)\n%%EOF\n');
    const upload = (bytes: Uint8Array, name: string) => {
      const f = new FormData();
      f.set('tipo', 'resolucion');
      f.set('titulo', 'Proyecto de resolución');
      f.set('archivo', new Blob([bytes as BlobPart], { type: 'application/pdf' }), name);
      return postAction(app.url, STAFF_PAGE, 'documento', f, cookie);
    };
    expect(await upload(pdf, 'proyecto.pdf')).toEqual({ status: 200, type: 'success' });
    expect((await upload(new TextEncoder().encode('<html>'), 'falso.pdf')).type).toBe('failure');
    expect((await upload(pdf, 'proyecto.exe')).type).toBe('failure');
    const page = await (await fetch(`${app.url}/publicacion/${D}`)).text();
    const docId = /\/documentos\/(\d+)"/.exec(page)![1]!;
    const doc = await fetch(`${app.url}/publicacion/${D}/documentos/${docId}`);
    expect(doc.headers.get('content-type')).toBe('application/pdf');
    expect(doc.headers.get('content-disposition')).toContain('proyecto.pdf');
    expect(new Uint8Array(await doc.arrayBuffer())).toEqual(pdf);
    expect(page.match(/\/documentos\/\d+"/g)?.length).toBe(1);
  });

  it('registers a comment received by e-mail with its channel and reception time', async () => {
    const r = await postAction(
      app.url,
      STAFF_PAGE,
      'registrar',
      {
        canal: 'correo',
        recibido: '2026-11-20T09:30',
        texto: 'Observación enviada por correo',
        municipio: '05604'
      },
      cookie
    );
    expect(r).toEqual({ status: 200, type: 'success' });
    const row = (await allComments(app.url, cookie, D)).find(
      (x) => x['Observación'] === 'Observación enviada por correo'
    )!;
    expect([row['Canal'], row['Fecha de recepción (hora de Colombia)'], row['Municipio']]).toEqual([
      'Correo electrónico',
      '2026-11-20 09:30',
      'Remedios (05604)'
    ]);
  });

  it('gives a secretaría de mesa moderation but not systematization', async () => {
    const secretaria = { email: 'secretaria@mesa.co', password: 'secretaria-clave-1' };
    const made = await postAction(
      app.url,
      '/equipo/usuarios',
      'crear',
      {
        nombre: 'Secretaría',
        email: secretaria.email,
        rol: 'secretaria',
        password: secretaria.password
      },
      cookie
    );
    expect(made.type).toBe('success');
    const c = await staffLogin(app.url, secretaria);
    const res = await postComment(app.url, D, { texto: 'Para moderar' });
    const id = String(((await res.json()) as { id: number }).id);
    expect(
      await postAction(app.url, STAFF_PAGE, 'moderar', { id, estado: 'publicado' }, c)
    ).toEqual({
      status: 200,
      type: 'success'
    });
    const denied = await postAction(
      app.url,
      STAFF_PAGE,
      'sistematizar',
      { id, decision: 'acepta', justificacion: 'x' },
      c
    );
    expect(denied.status).toBe(403);
    expect((await postAction(app.url, '/equipo/usuarios', 'crear', {}, c)).status).toBe(403);
  });
});

describe('bad comment bodies get a 4xx and store nothing', () => {
  it('rejects oversize, malformed, wrongly typed and invalid bodies', async () => {
    const before = await count();
    const ok = { texto: 'Un comentario válido', municipio: '05736' };
    // Each case: body, status, and the words of the Spanish reason the client gets back.
    const cases: [unknown, number, string][] = [
      [{ texto: 'x'.repeat(200_000) }, 413, 'supera el máximo'],
      ['{"texto": "sin cerrar"', 400, 'no es JSON válido'],
      ['[1, 2, 3]', 400, 'debe ser un objeto JSON'],
      ['"solo texto"', 400, 'debe ser un objeto JSON'],
      [{ texto: '' }, 400, 'El comentario es obligatorio'],
      [{ texto: '   ' }, 400, 'El comentario es obligatorio'],
      [{ texto: 'x'.repeat(5001) }, 400, 'supera el máximo de 5.000 caracteres'],
      [{ ...ok, municipio: '11001' }, 400, 'no está en el distrito'], // Bogotá: not in the district
      [{ ...ok, componente: 'turismo' }, 400, 'El componente debe ser uno de'],
      [{ ...ok, email: 'sin-arroba' }, 400, 'no tiene una forma válida'],
      [
        { ...ok, geometria: { type: 'Point', coordinates: [2.35, 48.85] } },
        400,
        'fuera de Colombia'
      ], // Paris
      [{ ...ok, geometria: { type: 'Point', coordinates: ['a', 'b'] } }, 400, 'deben ser números'],
      [
        {
          ...ok,
          geometria: {
            type: 'Polygon',
            coordinates: [
              [
                [-74.8, 7.0],
                [-74.6, 7.2],
                [-74.6, 7.0],
                [-74.8, 7.3],
                [-74.8, 7.0]
              ]
            ]
          }
        },
        400,
        'se corta a sí mismo'
      ], // bow-tie with unequal lobes (a symmetric one has zero area and fails earlier)
      [
        {
          ...ok,
          geometria: {
            type: 'Polygon',
            coordinates: [
              Array.from({ length: 2001 }, (_, i) => {
                const a = (2 * Math.PI * (i % 2000)) / 2000;
                return [-74.7 + 0.1 * Math.cos(a), 7.1 + 0.1 * Math.sin(a)];
              })
            ]
          }
        },
        400,
        'más de 2.000 vértices'
      ], // 2,001 positions
      [{ ...ok, sitio_web: 'http://spam.example' }, 400, 'no se pudo procesar'] // honeypot
    ];
    for (const [body, status, reason] of cases) {
      const res = await postComment(app.url, D, body);
      const label = JSON.stringify(body).slice(0, 80);
      expect(res.status, label).toBe(status);
      expect(await res.text(), label).toContain(reason);
    }
    const plain = await fetch(`${app.url}/api/distritos/${D}/comentarios`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: app.url },
      body: JSON.stringify(ok)
    });
    expect(plain.status).toBe(415);
    // From another origin, SvelteKit's CSRF check refuses a form-typed body first.
    const forged = await fetch(`${app.url}/api/distritos/${D}/comentarios`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://sitio-malicioso.example' },
      body: JSON.stringify(ok)
    });
    expect(forged.status).toBe(403);
    expect((await postComment(app.url, 'no-existe', ok)).status).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('comments that are accepted', () => {
  it('stores SQL-injection strings verbatim and harmlessly', async () => {
    const texto = "x'); DROP TABLE comments; --";
    const nombre = "Robert'); DELETE FROM comments WHERE ('1'='1";
    const res = await postComment(app.url, D, { texto, nombre, email: 'bobby@tables.co' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect(
      await postAction(
        app.url,
        STAFF_PAGE,
        'moderar',
        { id: String(id), estado: 'publicado' },
        cookie
      )
    ).toEqual({ status: 200, type: 'success' });
    const published = (await (await fetch(`${app.url}/api/distritos/${D}/comentarios`)).json()) as {
      id: number;
      texto: string;
      nombre: string;
    }[];
    const mine = published.find((c) => c.id === id)!;
    expect([mine.texto, mine.nombre]).toEqual([texto, nombre]);
    // The public list never carries e-mails.
    const raw = await (await fetch(`${app.url}/api/distritos/${D}/comentarios`)).text();
    expect(raw).not.toContain('bobby@tables.co');
    expect(raw).not.toContain('"email"');
    expect((await allComments(app.url, cookie, D)).map((r) => r['N.º'])).toContain(String(id));
  });

  it('stores every one of a burst of 60 concurrent posts', async () => {
    const before = await count();
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        postComment(app.url, D, { texto: `Ráfaga ${i}`, componente: 'social' })
      )
    );
    expect(responses.map((r) => r.status)).toEqual(Array(60).fill(201));
    const ids = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { id: number }).id)
    );
    expect(new Set(ids).size).toBe(60);
    const rows = await allComments(app.url, cookie, D);
    expect(rows.length).toBe(before + 60);
    const stored = new Set(rows.map((r) => Number(r['N.º'])));
    for (const id of ids) expect(stored.has(id)).toBe(true);
  });

  it('refuses comments once the period has closed and before it opens', async () => {
    expect((await openPeriod(app.url, cookie, D, 2, 20)).type).toBe('success');
    expect((await postComment(app.url, D, { texto: 'Temprano' })).status).toBe(403);
    expect((await openPeriod(app.url, cookie, D, -40, -20)).type).toBe('success');
    expect((await postComment(app.url, D, { texto: 'Tarde' })).status).toBe(403);
    expect((await openPeriod(app.url, cookie, D)).type).toBe('success');
  });
});

describe('per-client rate limit', () => {
  it('answers 429 with Retry-After past the configured rate', async () => {
    const limited = await startApp({ env: { ...ADMIN_ENV, ATLAS_COMMENT_RATE: '3/60' } });
    try {
      const c = await staffLogin(limited.url);
      await openPeriod(limited.url, c, D);
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await postComment(limited.url, D, { texto: `n.º ${i}` })).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      const res = await postComment(limited.url, D, { texto: 'otra' });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await allComments(limited.url, c, D)).length).toBe(3);
    } finally {
      await limited.stop();
    }
  });
});

describe('durability', () => {
  it('keeps every comment that got a 201 when the server is killed mid-burst', async () => {
    const first = await startApp({ env: { ...ADMIN_ENV, ATLAS_COMMENT_RATE: '100000/60' } });
    const c = await staffLogin(first.url);
    await openPeriod(first.url, c, D);
    const acknowledged: number[] = [];
    let killed = false;
    const send = async (i: number) => {
      try {
        const res = await postComment(first.url, D, { texto: `Antes del corte ${i}` });
        if (res.status === 201) {
          acknowledged.push(((await res.json()) as { id: number }).id);
          if (acknowledged.length === 40 && !killed) {
            killed = true;
            await first.kill();
          }
        }
      } catch {
        // The connection died with the server: no 201, no promise.
      }
    };
    // Eight clients posting one after another, 400 posts in all: the kill lands mid-stream.
    await Promise.all(
      Array.from({ length: 8 }, async (_, k) => {
        for (let i = k; i < 400 && !killed; i += 8) await send(i);
      })
    );
    expect(killed).toBe(true);
    const again = await startApp({ dbDir: first.dbDir, env: ADMIN_ENV });
    try {
      const rows = await allComments(again.url, await staffLogin(again.url), D);
      const stored = new Set(rows.map((r) => Number(r['N.º'])));
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      for (const id of acknowledged) expect(stored.has(id), `comentario ${id}`).toBe(true);
    } finally {
      await again.stop();
    }
  });
});
