// The team library over HTTP (issue 20) on a real store of each engine, through the server's hook and the
// route handlers, with real staff sessions: an upload round trip (201, the list, the Arrow bytes
// with their ETag and a 304), who may upload, read and retire, the size limit, refused files and
// fields leaving the library unchanged, two uploads of one layer at once, and retired versions.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TeamLayerEntry, TeamLayerVersion } from '../src/lib/domain/model/team-layer';
import { stores } from '../src/lib/server/store/open-store';
import { csvUtf8 } from './fixtures/fuzz-table-inputs';
import { mixedGeojson, pointsGeojson, unusableGeojson } from './fixtures/point-line-layers';
import { SOURCES } from './fixtures/sources';
import { call, freshServerStore, signedIn, upload, uploadForm } from './fixtures/team-layer-api';
import { ENGINES, type FreshDb } from './store-engines';

const RESGUARDOS = 'etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson';
const resguardos = {
  name: 'resguardos.geojson',
  bytes: new Uint8Array(readFileSync(`${SOURCES}/${RESGUARDOS}`))
};
const ETNICO = { nombre: 'resguardos-ant', tipo: 'etnico', productor: 'ANT', corte: '2025-06-09' };
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.each(ENGINES)('team library API on %s', (engine) => {
  let close: () => Promise<void>;
  let db: FreshDb;
  let upme: string;
  let mininterior: string;
  beforeAll(async () => {
    ({ close, db } = await freshServerStore(engine));
    upme = await signedIn('upme');
    mininterior = await signedIn('mininterior');
  });
  afterAll(() => close());

  const list = async (): Promise<TeamLayerEntry[]> =>
    (await call('GET', '/api/capas-equipo', { cookie: upme })).json() as Promise<TeamLayerEntry[]>;
  const errorOf = async (r: Response) => ((await r.json()) as { error: string }).error;

  describe('upload, list and download', () => {
    test('201 with the version; the list has it; GET gives the stored bytes, ETag and 304', async () => {
      const r = await upload(upme, [resguardos], { ...ETNICO, licencia: 'CC BY 4.0' });
      expect(r.status).toBe(201);
      const v = (await r.json()) as TeamLayerVersion;
      const features = (JSON.parse(new TextDecoder().decode(resguardos.bytes)) as { features: [] })
        .features.length;
      expect(v).toMatchObject({
        layer_id: 'resguardos-ant',
        version: 1,
        producer: 'ANT',
        cutoff: '2025-06-09',
        licence: 'CC BY 4.0',
        file_name: 'resguardos.geojson',
        sha256: sha256(resguardos.bytes),
        feature_count: features,
        uploaded_by: 'upme@equipo.gov.co',
        retired_at: null
      });
      expect(Array.isArray(v.repairs)).toBe(true);

      const [entry] = (await list()).filter((l) => l.id === 'resguardos-ant');
      expect(entry).toMatchObject({ kind: 'étnico', key_field: 'NOMBRE', versions: [v] });
      expect(JSON.stringify(entry)).not.toMatch(/"data"/);

      // Any staff account reads, the Ministerio del Interior included.
      const got = await call('GET', '/api/capas-equipo/resguardos-ant/1', { cookie: mininterior });
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
      expect(got.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect(got.headers.get('etag')).toBe(`"${v.data_sha256}"`);
      expect(got.headers.get('atlas-version-retired')).toBeNull();
      const bytes = new Uint8Array(await got.arrayBuffer());
      expect(bytes).toEqual(await stores().teamLayers.data('resguardos-ant', 1));
      expect(sha256(bytes)).toBe(v.data_sha256);
      expect(bytes.byteLength).toBe(v.data_size);

      const again = await call('GET', '/api/capas-equipo/resguardos-ant/1', {
        cookie: upme,
        headers: { 'if-none-match': `W/"otra", "${v.data_sha256}"` }
      });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(`"${v.data_sha256}"`);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
      const stale = await call('GET', '/api/capas-equipo/resguardos-ant/1', {
        cookie: upme,
        headers: { 'if-none-match': '"otra"' }
      });
      expect(stale.status).toBe(200);
    });

    test('a table by DANE code (tipo tabla) keeps its rows', async () => {
      const r = await upload(upme, [csvUtf8()], {
        nombre: 'pdet',
        tipo: 'tabla',
        productor: 'ART',
        corte: '2022-01-01'
      });
      expect(r.status).toBe(201);
      expect(await r.json()).toMatchObject({ layer_id: 'pdet', version: 1, feature_count: 40 });
    });

    test('a GeoJSON of points, and a mixed layer, are versions with every feature', async () => {
      const points = {
        nombre: 'comunidades',
        tipo: 'etnico',
        productor: 'Prueba',
        corte: '2026-11-01'
      };
      const r = await upload(upme, [pointsGeojson()], { ...points, clave: 'NOMBRE' });
      expect(r.status).toBe(201);
      const v = (await r.json()) as TeamLayerVersion;
      expect(v).toMatchObject({ layer_id: 'comunidades', feature_count: 3, repairs: [] });
      expect(v.warnings.join('\n')).toMatch(
        /puntos y líneas se muestran en el mapa pero no se cruzan con los municipios/
      );
      const mixed = { ...points, nombre: 'mixta', tipo: 'ambiental', clave: 'ID' };
      const m = await upload(upme, [mixedGeojson()], mixed);
      expect(m.status).toBe(201);
      expect(await m.json()).toMatchObject({ layer_id: 'mixta', feature_count: 3 });
      if (engine !== 'postgres') return;
      // PostGIS holds them too, each as its multi type.
      const rows = await db.sql<{ layer_id: string; key: string; t: string }>(
        `SELECT layer_id, key, ST_GeometryType(geom) AS t FROM team_layer_features
         WHERE layer_id IN ('comunidades', 'mixta') ORDER BY layer_id, feature_index`
      );
      expect(rows.map((x) => `${x.layer_id}:${x.key}:${x.t}`)).toEqual([
        'comunidades:Comunidad Alta (prueba):ST_MultiPoint',
        'comunidades:Comunidad Baja (prueba):ST_MultiPoint',
        'comunidades:Caseríos (prueba):ST_MultiPoint',
        'mixta:poligono:ST_MultiPolygon',
        'mixta:punto:ST_MultiPoint',
        'mixta:linea:ST_MultiLineString'
      ]);
    });

    test('two uploads of one layer at once are versions 1 and 2, both complete', async () => {
      const fields = { ...ETNICO, nombre: 'resguardos-doble' };
      const both = await Promise.all([
        upload(upme, [resguardos], fields),
        upload(upme, [resguardos], fields)
      ]);
      expect(both.map((r) => r.status)).toEqual([201, 201]);
      const versions = await Promise.all(both.map((r) => r.json() as Promise<TeamLayerVersion>));
      expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
      const [entry] = (await list()).filter((l) => l.id === 'resguardos-doble');
      expect(entry?.versions.map((v) => v.version)).toEqual([1, 2]);
      for (const v of versions) {
        const got = await call('GET', `/api/capas-equipo/resguardos-doble/${v.version}`, {
          cookie: upme
        });
        expect(sha256(new Uint8Array(await got.arrayBuffer()))).toBe(v.data_sha256);
      }
    });
  });

  describe('refusals leave the library unchanged', () => {
    const refused = async (r: Promise<Response>, status: number, message: RegExp) => {
      const before = await list();
      const response = await r;
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await errorOf(response)).toMatch(message);
      expect(await list()).toEqual(before);
    };

    test('401 without a session, 403 for a role that may not import', async () => {
      await refused(upload(undefined, [resguardos], ETNICO), 401, /Inicie sesión/);
      await refused(call('GET', '/api/capas-equipo'), 401, /Inicie sesión/);
      await refused(call('GET', '/api/capas-equipo/resguardos-ant/1'), 401, /Inicie sesión/);
      await refused(upload(mininterior, [resguardos], ETNICO), 403, /Ministerio del Interior/);
      await refused(
        call('POST', '/api/capas-equipo/resguardos-ant/1/retirar', { cookie: mininterior }),
        403,
        /no puede hacer esto/
      );
    });

    test('413 past ATLAS_MAX_UPLOAD_MB, declared or actually sent', async () => {
      const saved = process.env.ATLAS_MAX_UPLOAD_MB;
      process.env.ATLAS_MAX_UPLOAD_MB = '0.01'; // about 10 kB; the sample is larger
      try {
        const message = /supera el máximo de 0\.01 MB.*No se guardó nada/;
        await refused(upload(upme, [resguardos], ETNICO), 413, message);
        const body = new Uint8Array(
          await new Response(uploadForm([resguardos], ETNICO)).arrayBuffer()
        );
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            for (let at = 0; at < body.length; at += 4096) c.enqueue(body.slice(at, at + 4096));
            c.close();
          }
        });
        const type = new Response(uploadForm([], {})).headers.get('content-type')!;
        // A chunked body without Content-Length: stopped by the bytes that arrive.
        await refused(
          call('POST', '/api/capas-equipo', {
            cookie: upme,
            body: stream,
            headers: { 'content-type': type }
          }),
          413,
          message
        );
        await refused(
          call('POST', '/api/capas-equipo', {
            cookie: upme,
            body: 'x',
            headers: { 'content-type': type, 'content-length': String(500 * 1024 * 1024) }
          }),
          413,
          message
        );
      } finally {
        if (saved === undefined) delete process.env.ATLAS_MAX_UPLOAD_MB;
        else process.env.ATLAS_MAX_UPLOAD_MB = saved;
      }
    });

    test('422 with the reader’s Spanish message for a damaged file or a layer of another kind', async () => {
      const zip = { name: 'titulos.zip', bytes: resguardos.bytes.slice(0, 500) };
      await refused(upload(upme, [zip], ETNICO), 422, /^«titulos\.zip»: .*No se guardó nada\.$/);
      const cut = { name: 'resguardos.geojson', bytes: resguardos.bytes.slice(0, 900) };
      await refused(upload(upme, [cut], ETNICO), 422, /«resguardos\.geojson»/);
      // GeoTIFF is not in the team library yet: refused by the readers, like any unknown file.
      const tif = { name: 'bosque.tif', bytes: new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]) };
      await refused(upload(upme, [tif], ETNICO), 422, /^«bosque\.tif»: /);
      await refused(
        upload(upme, [unusableGeojson()], { ...ETNICO, nombre: 'vacia', clave: 'ID' }),
        422,
        /^«sin-geometria\.geojson»: no tiene geometrías utilizables \(polígonos, puntos o líneas\)/
      );
      await refused(
        upload(upme, [resguardos], { ...ETNICO, tipo: 'ambiental' }),
        422,
        /es de tipo étnico/
      );
      await refused(
        upload(upme, [resguardos], { ...ETNICO, clave: 'NO_EXISTE' }),
        422,
        /no tiene el campo clave «NO_EXISTE»/
      );
    });

    test('400 for missing or bad fields and no file, 415 for a body that is not multipart', async () => {
      const noCutoff = { ...ETNICO, corte: undefined };
      await refused(upload(upme, [resguardos], noCutoff), 400, /el campo «corte» falta/);
      await refused(
        upload(upme, [resguardos], { ...ETNICO, tipo: 'parque' }),
        400,
        /«parque» no sirve/
      );
      await refused(upload(upme, [resguardos], { ...ETNICO, nombre: 'Capa ANT' }), 400, /«nombre»/);
      await refused(upload(upme, [], ETNICO), 400, /Falta el archivo/);
      await refused(
        call('POST', '/api/capas-equipo', {
          cookie: upme,
          body: JSON.stringify(ETNICO),
          headers: { 'content-type': 'application/json' }
        }),
        415,
        /multipart\/form-data/
      );
    });

    test('a body declared past 21 MB to any other route is a 413 before it is read', async () => {
      const r = await call('POST', '/api/distritos', {
        body: '{}',
        headers: { 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) }
      });
      expect(r.status).toBe(413);
      expect(await errorOf(r)).toMatch(/supera el máximo de 21 MB/);
    });
  });

  describe('retiring a version', () => {
    test('it still downloads and says so; retiring it again is a 422; unknown ones 404', async () => {
      const r = await upload(upme, [resguardos], { ...ETNICO, nombre: 'resguardos-retiro' });
      const v = (await r.json()) as TeamLayerVersion;
      const retired = await call('POST', '/api/capas-equipo/resguardos-retiro/1/retirar', {
        cookie: upme
      });
      expect(retired.status).toBe(200);
      expect(await retired.json()).toMatchObject({ version: 1, retired_by: 'upme@equipo.gov.co' });
      const got = await call('GET', '/api/capas-equipo/resguardos-retiro/1', { cookie: upme });
      expect(got.status).toBe(200);
      expect(got.headers.get('atlas-version-retired')).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(sha256(new Uint8Array(await got.arrayBuffer()))).toBe(v.data_sha256);
      const [entry] = (await list()).filter((l) => l.id === 'resguardos-retiro');
      expect(entry?.versions[0]?.retired_at).not.toBeNull();

      const twice = await call('POST', '/api/capas-equipo/resguardos-retiro/1/retirar', {
        cookie: upme
      });
      expect(twice.status).toBe(422);
      expect(await errorOf(twice)).toMatch(/ya se retiró/);
      for (const path of ['resguardos-retiro/2', 'resguardos-retiro/uno', 'no-existe/1']) {
        const missing = await call('GET', `/api/capas-equipo/${path}`, { cookie: upme });
        expect(missing.status, path).toBe(404);
        expect(await errorOf(missing)).toMatch(/no tiene versión|No existe la capa/);
      }
    });
  });
});
