// The public side of the team library (issue 20) on a real store of each engine, through the
// server's hook and the route handlers: staff toggle a layer public (role, body, unknown layer), the
// public list carries only public layers at their current version with public-safe fields, and
// the public download serves only those versions, with the staff download's ETag and 304.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PublicTeamLayer, TeamLayer } from '../src/lib/domain/model/team-layer';
import { stores } from '../src/lib/server/store/open-store';
import { csvUtf8 } from './fixtures/fuzz-table-inputs';
import { SOURCES } from './fixtures/sources';
import { call, freshServerStore, signedIn, upload } from './fixtures/team-layer-api';
import { ENGINES } from './store-engines';

const resguardos = {
  name: 'resguardos.geojson',
  bytes: new Uint8Array(
    readFileSync(`${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`)
  )
};
const ETNICO = { tipo: 'etnico', productor: 'ANT', corte: '2025-06-09', licencia: 'CC BY 4.0' };
const PUBLIC_FIELDS = [
  'id',
  'title',
  'kind',
  'key_field',
  'version',
  'producer',
  'cutoff',
  'licence',
  'file_name',
  'data_sha256',
  'data_size',
  'feature_count'
].sort();

describe.each(ENGINES)('public team layers on %s', (engine) => {
  let close: () => Promise<void>;
  let upme: string;
  let mininterior: string;
  beforeAll(async () => {
    ({ close } = await freshServerStore(engine));
    upme = await signedIn('upme');
    mininterior = await signedIn('mininterior');
    // «visible»: versions 1–3, 3 retired; «oculta»: one version, never public; «pdet»: a table.
    for (const nombre of ['visible', 'visible', 'visible', 'oculta'])
      expect((await upload(upme, [resguardos], { ...ETNICO, nombre })).status).toBe(201);
    const table = { nombre: 'pdet', tipo: 'tabla', productor: 'ART', corte: '2022-01-01' };
    expect((await upload(upme, [csvUtf8()], table)).status).toBe(201);
    await stores().teamLayers.retire('visible', 3, 'upme@equipo.gov.co', new Date().toISOString());
  });
  afterAll(() => close());

  const toggle = (id: string, body: string, cookie: string | null = upme) =>
    call('POST', `/api/capas-equipo/${id}/publica`, {
      ...(cookie ? { cookie } : {}),
      body,
      headers: { 'content-type': 'application/json' }
    });
  const publicList = async (): Promise<PublicTeamLayer[]> => {
    const r = await call('GET', '/api/capas-publicas');
    expect(r.status).toBe(200);
    return (await r.json()) as PublicTeamLayer[];
  };
  const errorOf = async (r: Response) => ((await r.json()) as { error: string }).error;
  const flags = async () => (await stores().teamLayers.list()).map((l) => [l.id, l.public]);

  describe('toggling a layer public', () => {
    test('401 without a session, 403 for a role without `capas`; nothing changes', async () => {
      const before = await flags();
      const anonymous = await toggle('visible', '{"publica": true}', null);
      expect(anonymous.status).toBe(401);
      const refused = await toggle('visible', '{"publica": true}', mininterior);
      expect(refused.status).toBe(403);
      expect(await errorOf(refused)).toMatch(/Ministerio del Interior.*no puede hacer esto/);
      // Refused before the body is read: a malformed one is still a 403.
      expect((await toggle('visible', 'no es json', mininterior)).status).toBe(403);
      expect(await flags()).toEqual(before);
      expect(await publicList()).toEqual([]);
    });

    test('400 for a body that is not {"publica": boolean}, 404 for an unknown layer', async () => {
      const before = await flags();
      for (const body of ['no es json', '{"publica": "si"}', '{}', '[true]', 'null', 'true']) {
        const r = await toggle('visible', body);
        expect(r.status, body).toBe(400);
        expect(await errorOf(r), body).toMatch(/JSON válido|\{"publica": true\}/);
      }
      const missing = await toggle('no-existe', '{"publica": true}');
      expect(missing.status).toBe(404);
      expect(await errorOf(missing)).toBe('No existe la capa del equipo «no-existe».');
      expect(await flags()).toEqual(before);
    });

    test('200 with the layer, its flag and who set it; the public list follows', async () => {
      const r = await toggle('visible', '{"publica": true}');
      expect(r.status).toBe(200);
      const layer = (await r.json()) as TeamLayer;
      expect(layer).toMatchObject({ id: 'visible', public: true, public_by: 'upme@equipo.gov.co' });
      expect(Date.parse(layer.public_at!)).not.toBeNaN();
      expect((await publicList()).map((l) => l.id)).toEqual(['visible']);

      expect((await toggle('pdet', '{"publica": true}')).status).toBe(200);
      expect((await publicList()).map((l) => [l.id, l.kind])).toEqual([
        ['pdet', 'tabla'],
        ['visible', 'étnico']
      ]);
      const hidden = await toggle('pdet', '{"publica": false}');
      expect(((await hidden.json()) as TeamLayer).public).toBe(false);
      expect((await publicList()).map((l) => l.id)).toEqual(['visible']);
    });
  });

  describe('the public list and download', () => {
    test('only the current version, only public-safe fields, no account e-mails', async () => {
      const list = await publicList();
      const current = await stores().teamLayers.version('visible', 2);
      expect(list).toEqual([
        {
          id: 'visible',
          title: 'Resguardos indígenas (ANT)', // the ANT schema's name
          kind: 'étnico',
          key_field: 'NOMBRE',
          version: 2,
          producer: 'ANT',
          cutoff: '2025-06-09',
          licence: 'CC BY 4.0',
          file_name: 'resguardos.geojson',
          data_sha256: current.data_sha256,
          data_size: current.data_size,
          feature_count: current.feature_count
        }
      ]);
      expect(Object.keys(list[0]!).sort()).toEqual(PUBLIC_FIELDS);
      expect(JSON.stringify(list)).not.toMatch(/@|uploaded|retired|public_by|repairs/);
    });

    test('the current version of a public layer downloads without a session, with ETag and 304', async () => {
      const v = await stores().teamLayers.version('visible', 2);
      const got = await call('GET', '/api/capas-publicas/visible/2');
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
      expect(got.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(got.headers.get('etag')).toBe(`"${v.data_sha256}"`);
      const bytes = Buffer.from(await got.arrayBuffer());
      expect(bytes.equals(Buffer.from(await stores().teamLayers.data('visible', 2)))).toBe(true);
      expect(bytes.byteLength).toBe(v.data_size);

      const again = await call('GET', '/api/capas-publicas/visible/2', {
        headers: { 'if-none-match': `"${v.data_sha256}"` }
      });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(`"${v.data_sha256}"`);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
      const stale = await call('GET', '/api/capas-publicas/visible/2', {
        headers: { 'if-none-match': '"otra"' }
      });
      expect(stale.status).toBe(200);
      // The staff download of the same bytes stays private.
      const staff = await call('GET', '/api/capas-equipo/visible/2', { cookie: upme });
      expect(staff.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    });

    test('404 in Spanish for a hidden layer, an older or retired version and unknown ones', async () => {
      // oculta: not public; visible/1: older; visible/3: retired; pdet: public no more.
      for (const path of ['oculta/1', 'visible/1', 'visible/3', 'pdet/1', 'visible/9', 'nada/1']) {
        const r = await call('GET', `/api/capas-publicas/${path}`, {
          headers: { 'if-none-match': '*' }
        });
        expect(r.status, path).toBe(404);
        expect(r.headers.get('etag'), path).toBeNull();
        expect(await errorOf(r), path).toMatch(/^No hay una capa pública «[a-z]+» en versión «\d»/);
      }
    });

    test('retiring the current version moves the public one back; all retired leaves it out', async () => {
      const now = new Date().toISOString();
      await stores().teamLayers.retire('visible', 2, 'upme@equipo.gov.co', now);
      expect((await publicList()).map((l) => [l.id, l.version])).toEqual([['visible', 1]]);
      expect((await call('GET', '/api/capas-publicas/visible/1')).status).toBe(200);
      expect((await call('GET', '/api/capas-publicas/visible/2')).status).toBe(404);
      await stores().teamLayers.retire('visible', 1, 'upme@equipo.gov.co', now);
      expect(await publicList()).toEqual([]);
      expect((await call('GET', '/api/capas-publicas/visible/1')).status).toBe(404);
    });
  });
});
