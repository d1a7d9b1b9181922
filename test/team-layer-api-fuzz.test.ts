// The import fuzz corpus (test/fixtures/fuzz-layer-inputs.ts, fuzz-table-inputs.ts, damaged by the
// seeded mutations of fuzz-mutations.ts) sent through POST /api/capas-equipo with a real session
// and a real store, on each engine: every answer is a 201 or a 4xx JSON with a Spanish message —
// never a 5xx nor a thrown error — and the library changes by exactly the accepted uploads: a
// refused one leaves no layer, no version and no audit entry, and the version stored before is
// untouched.
// IMPORT_FUZZ_SEED=<n> replays a run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamLayerVersion } from '../src/lib/domain/model/team-layer';
import type { InputFile } from '../src/lib/import/import-error';
import { stores } from '../src/lib/server/store/open-store';
import { fuzzSeed, lcg, mutate } from './fixtures/fuzz-mutations';
import { geojson, looseShapefile, zippedShapefile } from './fixtures/fuzz-layer-inputs';
import { csvLatin1, csvUtf8 } from './fixtures/fuzz-table-inputs';
import { freshServerStore, signedIn, upload } from './fixtures/team-layer-api';
import { ENGINES, type FreshDb } from './store-engines';

const SEED = fuzzSeed();
/** Damaged uploads per base (five bases: 1,500 in all, about 10 s). */
const MUTATIONS_PER_BASE = 300;

describe.each(ENGINES)('the upload endpoint on %s', (engine) => {
  let close: () => Promise<void>;
  let db: FreshDb;
  let cookie: string;
  beforeAll(async () => {
    ({ close, db } = await freshServerStore(engine));
    cookie = await signedIn('mme');
  });
  afterAll(() => close());

  const counts = async () => {
    const one = async (sql: string) => (await db.sql<{ n: number }>(sql))[0]!.n;
    return {
      layers: await one('SELECT count(*) AS n FROM team_layers'),
      versions: await one('SELECT count(*) AS n FROM team_layer_versions'),
      audit: await one("SELECT count(*) AS n FROM audit_log WHERE action = 'capa.version.agregar'")
    };
  };

  describe('the upload endpoint under byte-level damage', () => {
    it('answers 201 or a Spanish 4xx, and stores exactly the accepted uploads', async () => {
      const rng = lcg(SEED);
      const zips = [zippedShapefile(0), zippedShapefile(6)];
      const loose = looseShapefile();
      const polygon = (nombre: string) => ({
        nombre,
        tipo: 'etnico',
        productor: 'Prueba',
        corte: '2025-01-01',
        clave: 'NOMBRE'
      });
      const table = (nombre: string) => ({
        nombre,
        tipo: 'tabla',
        productor: 'Prueba',
        corte: '2025-01-01'
      });
      const one = (f: InputFile): InputFile[] => {
        const [bytes] = mutate(rng, f.bytes);
        return [{ name: f.name, bytes }];
      };
      const bases: [string, () => InputFile[], Record<string, string>][] = [
        ['zip', () => one(zips[rng.int(2)]!), polygon('fuzz-zip')],
        ['shp+dbf', () => [...one(loose.shp), ...one(loose.dbf)], polygon('fuzz-shp')],
        ['geojson', () => one(geojson()), polygon('fuzz-geojson')],
        ['csv', () => one(csvUtf8()), table('fuzz-csv')],
        ['csv-latin1', () => one(csvLatin1()), table('fuzz-csv-latin1')]
      ];

      // A version stored before the damage, to compare with afterwards.
      const first = await upload(cookie, [geojson()], polygon('antes'));
      expect(first.status).toBe(201);
      const before = (await first.json()) as TeamLayerVersion;
      const beforeBytes = (await stores().teamLayers.data('antes', 1)).slice();
      const start = await counts();

      const statuses = new Map<number, number>();
      const bad: { base: string; status: number; body: string }[] = [];
      let accepted = 0;
      for (let i = 0; i < MUTATIONS_PER_BASE; i++)
        for (const [base, make, fields] of bases) {
          const r = await upload(cookie, make(), fields);
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          const body = await r.text();
          if (r.status === 201) {
            accepted++;
            continue;
          }
          const error = (JSON.parse(body) as { error?: unknown }).error;
          const spanish = typeof error === 'string' && /No se guardó nada\.$/.test(error);
          if (r.status < 400 || r.status >= 500 || !spanish)
            bad.push({ base, status: r.status, body });
        }
      console.log(
        `upload fuzz (seed ${SEED}; replay with IMPORT_FUZZ_SEED=${SEED}): ` +
          `${MUTATIONS_PER_BASE * bases.length} damaged uploads, statuses ` +
          JSON.stringify(Object.fromEntries(statuses))
      );
      expect(bad, 'answers that are not 201 nor a 4xx with a Spanish message').toEqual([]);
      const end = await counts();
      expect(end.versions - start.versions).toBe(accepted);
      expect(end.audit - start.audit).toBe(accepted);
      expect(end.layers - start.layers).toBeLessThanOrEqual(bases.length);
      expect(await stores().teamLayers.version('antes', 1)).toEqual(before);
      expect(await stores().teamLayers.data('antes', 1)).toEqual(beforeBytes);
    }, 180_000);
  });
});
