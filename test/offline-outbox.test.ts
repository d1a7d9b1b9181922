// The outbox of writes made offline (issue 22): queuing keeps the version each edit started from,
// a 409 splits conflicts (kept with the server's value) from edits sent again, and the service
// worker's rules keep pages, data and hashed files but never a write.
import { describe, expect, it } from 'vitest';
import { queueAnexo2, splitConflicts } from '../src/lib/domain/anexo2-outgoing';
import type { Anexo2Edit, Anexo2Saved } from '../src/lib/domain/model/anexo2';
import type { Anexo2Outgoing, OutboxStore } from '../src/lib/domain/model/outbox';
import { sendAnexo2Outgoing } from '../src/lib/api/send-anexo2-outgoing';
import { Outbox } from '../src/lib/state/outbox.svelte';
import { cacheRule } from '../src/lib/offline/cache-rule';
import { tileUrlsInView } from '../src/lib/offline/keep-map-tiles';

const NOW = new Date('2026-12-07T15:00:00-05:00');
const edit = (aspect: Anexo2Edit['aspect'], respuesta: string, version: number): Anexo2Edit => ({
  aspect,
  respuesta,
  suficiente: null,
  propuestas: '',
  version
});
const saved = (aspect: Anexo2Saved['aspect'], respuesta: string, version: number): Anexo2Saved => ({
  ...edit(aspect, respuesta, version),
  version,
  author: 'otra@atlas.test',
  saved_at: '2026-12-07T20:00:00.000Z'
});

/** An in-memory OutboxStore (the browser's is IndexedDB, tested in Chromium). */
function memoryStore(): OutboxStore & { map: Map<string, Anexo2Outgoing> } {
  const map = new Map<string, Anexo2Outgoing>();
  return {
    map,
    all: async () => [...map.values()].map((e) => structuredClone(e)),
    put: async (e) => void map.set(e.id, structuredClone(e)),
    remove: async (id) => void map.delete(id)
  };
}

describe('queueAnexo2', () => {
  it('keeps the version the first offline edit of an aspect started from', () => {
    const a = queueAnexo2(undefined, 'nordeste', [edit('minero', 'uno', 2)], NOW);
    const b = queueAnexo2(a, 'nordeste', [edit('minero', 'dos', 5), edit('etnica', 'x', 0)], NOW);
    expect(b.id).toBe('anexo2:nordeste');
    expect(b.edits).toEqual([edit('minero', 'dos', 2), edit('etnica', 'x', 0)]);
    expect(b.queued_at).toBe(NOW.toISOString());
  });
});

describe('splitConflicts', () => {
  it('an aspect saved meanwhile is a conflict with the server value; the rest are sent again', () => {
    const { clashes, retry } = splitConflicts(
      [edit('minero', 'mía', 1), edit('etnica', 'nueva', 0)],
      [saved('minero', 'de otra persona', 2)]
    );
    expect(clashes).toEqual([
      { mine: edit('minero', 'mía', 1), theirs: saved('minero', 'de otra persona', 2) }
    ]);
    expect(retry).toEqual([edit('etnica', 'nueva', 0)]);
  });
});

/** A fake server for the anexo 2 PUT with the real version rule (one version per aspect). */
function fakeServer(latest: Anexo2Saved[], down = false): typeof fetch {
  return (async (_url: string, init?: RequestInit) => {
    if (down) throw new TypeError('Failed to fetch');
    if (!init?.method) return Response.json(latest);
    const { ediciones } = JSON.parse(String(init.body)) as {
      ediciones: { aspecto: Anexo2Edit['aspect']; respuesta: string; version?: number }[];
    };
    const stale = ediciones.find(
      (e) =>
        e.version !== undefined &&
        e.version !== (latest.find((s) => s.aspect === e.aspecto)?.version ?? 0)
    );
    if (stale)
      return Response.json({ error: 'conflicto', aspecto: stale.aspecto }, { status: 409 });
    for (const e of ediciones) {
      const v = (latest.find((s) => s.aspect === e.aspecto)?.version ?? 0) + 1;
      latest = [...latest.filter((s) => s.aspect !== e.aspecto), saved(e.aspecto, e.respuesta, v)];
    }
    return Response.json(latest);
  }) as typeof fetch;
}

describe('Outbox', () => {
  it('keeps everything while the network fails, then sends it and empties the queue', async () => {
    const store = memoryStore();
    let server = fakeServer([], true);
    const box = new Outbox(store, (e) => sendAnexo2Outgoing(e, server));
    await box.queueAnexo2('nordeste', [edit('minero', 'respuesta de campo', 0)]);
    await box.flush();
    expect(box.pending).toBe(1);
    expect(store.map.size).toBe(1);
    server = fakeServer([]);
    const heard: number[] = [];
    box.onSent((_d, s, sent) => heard.push(s.length, sent));
    await box.flush();
    expect(box.pending).toBe(0);
    expect(store.map.size).toBe(0);
    expect(heard).toEqual([1, 1]);
  });

  it('a conflict keeps both values and sends the other aspects; the user decides later', async () => {
    const store = memoryStore();
    const server = fakeServer([saved('minero', 'de otra persona', 1)]);
    const box = new Outbox(store, (e) => sendAnexo2Outgoing(e, server));
    await box.queueAnexo2('nordeste', [edit('minero', 'mía', 0), edit('etnica', 'nueva', 0)]);
    await box.flush();
    const entry = box.entry('nordeste')!;
    expect(entry.edits).toEqual([]);
    expect(entry.clashes).toEqual([
      { mine: edit('minero', 'mía', 0), theirs: saved('minero', 'de otra persona', 1) }
    ]);
    expect(box.conflicts).toBe(1);
    // Sending theirs over the server's is an explicit choice, based on the server's version.
    await box.resolve('nordeste', 'minero', 'mia');
    expect(box.entry('nordeste')).toBeUndefined();
    const latest = (await (await server('/x')).json()) as Anexo2Saved[];
    expect(latest.find((s) => s.aspect === 'minero')).toMatchObject({
      respuesta: 'mía',
      version: 2
    });
  });
});

describe('cacheRule', () => {
  const origin = 'http://127.0.0.1:3000';
  const shell = new Set(['/_app/immutable/entry/start.js', '/favicon.svg']);
  const rule = (path: string, method = 'GET') =>
    cacheRule(method, new URL(path, origin), origin, shell);
  it('keeps hashed files first from the cache, data and visited pages from the network', () => {
    expect(rule('/favicon.svg')).toBe('immutable');
    expect(rule('/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm')).toBe('immutable');
    expect(rule('/data/municipios.arrow')).toBe('network');
    expect(rule('/tiles/5/9/15.pbf')).toBe('network');
    expect(rule('/api/capas-equipo/resguardos-ant/2')).toBe('network');
    expect(rule('/api/distritos/nordeste/anexo2')).toBe('network');
    expect(rule('/distritos/nordeste?municipios=05040')).toBe('page');
    expect(rule('/distritos/nordeste/__data.json?x-sveltekit-invalidated=01')).toBe('page');
    expect(rule('/equipo/seguimiento/nordeste')).toBe('page');
  });
  it('never keeps a write, another origin, downloads or the rest of the staff pages', () => {
    expect(rule('/api/distritos/nordeste/anexo2', 'PUT')).toBeNull();
    expect(rule('/distritos/nordeste', 'POST')).toBeNull();
    expect(cacheRule('GET', new URL('https://example.org/data/x'), origin, shell)).toBeNull();
    expect(rule('/equipo/seguimiento/nordeste/seguimiento.xlsx')).toBeNull();
    expect(rule('/equipo/usuarios')).toBeNull();
    expect(rule('/api/distritos/nordeste/historial')).toBeNull();
    expect(rule('/_app/version.json')).toBeNull();
  });
});

describe('tileUrlsInView', () => {
  it('lists the tiles covering the view at every zoom up to the current one', () => {
    const view = {
      getZoom: () => 1.2,
      getBounds: () => ({
        getWest: () => -80,
        getSouth: () => -4,
        getEast: () => -67,
        getNorth: () => 12
      })
    };
    expect(tileUrlsInView(view, '/tiles/{z}/{x}/{y}.pbf', 12)).toEqual([
      '/tiles/0/0/0.pbf',
      '/tiles/1/0/0.pbf',
      '/tiles/1/0/1.pbf',
      '/tiles/2/1/1.pbf',
      '/tiles/2/1/2.pbf'
    ]);
  });
});
