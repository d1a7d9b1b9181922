// §3.2 server screen with the team library (issue 20): a PEG action's territory is screened
// against the current version of every team ethnic layer too, named by version; a retired version
// stops counting. The layer is the real ANT sample (sources/etnicos) stored in a fresh store of
// each engine; the expected overlap is that of the bundled layer built from the same file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../src/lib/domain/store/stores';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { screenedLayers, screenTerritory } from '../src/lib/server/territory-screen';
import { normaliseTeamLayer } from '../src/lib/team-layers/normalise-team-layer';
import { pointsGeojson } from './fixtures/point-line-layers';
import { SOURCES } from './fixtures/sources';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const RESGUARDOS = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;
const CUMBAL = 'Resguardo Indígena De Cumbal';
describe.each(ENGINES)('team layer screen on %s', (engine) => {
  let db: TestDb;
  let stores: Stores;
  beforeAll(async () => {
    db = await openTestDb(engine);
    stores = db.stores;
  });
  afterAll(async () => {
    await db?.close();
  });

  describe('§3.2 screenTerritory with team ethnic layers', () => {
    it(
      'finds Cumbal in the team layer as in the bundled one, names the version, drops it when retired',
      { timeout: 60_000 },
      async () => {
        const known = new Set(
          (await readArrowRows('data', 'municipios')).map((r) => String(r.code))
        );
        const n = await normaliseTeamLayer(
          [{ name: 'resguardos.geojson', bytes: new Uint8Array(readFileSync(RESGUARDOS)) }],
          { kind: 'étnico', known, geos: loadGeos }
        );
        await stores.teamLayers.addVersion(
          {
            layer: {
              id: 'resguardos-ant',
              title: 'Resguardos ANT',
              kind: 'étnico',
              key_field: n.key_field
            },
            producer: 'Agencia Nacional de Tierras (ANT)',
            cutoff: '2023-09-30',
            file_name: n.file_name,
            sha256: n.sha256,
            feature_count: n.feature_count,
            repairs: n.repairs,
            warnings: n.warnings,
            uploaded_by: 'analista@upme.gov.co',
            data: n.data
          },
          '2026-12-07T10:00:00.000Z'
        );
        const screen = await screenTerritory(
          { municipios: ['52227'], area: null },
          stores.teamLayers
        );
        expect(screen.flag).toBe('superposicion');
        const cumbal = (layer: string) =>
          screen.evidence.find((e) => e.layer === layer && e.feature === CUMBAL);
        // Evidence by overlap (not proximity) from the team layer itself.
        expect(cumbal('equipo:resguardos-ant@1')?.overlap_ha).toBeGreaterThan(100);
        // The bundled build rounds coordinates to 6 decimals (≈0.1 m): within 0.01 % of its area.
        const team = cumbal('equipo:resguardos-ant@1')!.overlap_ha!;
        const bundled = cumbal('resguardos_muestra')!.overlap_ha!;
        expect(Math.abs(team - bundled) / bundled).toBeLessThan(1e-4);
        expect(await screenedLayers(stores.teamLayers)).toContain(
          'Resguardos ANT (capa del equipo, versión 1, corte 2023-09-30)'
        );

        await stores.teamLayers.retire(
          'resguardos-ant',
          1,
          'admin@mme.gov.co',
          '2026-12-07T11:00:00.000Z'
        );
        const after = await screenTerritory(
          { municipios: ['52227'], area: null },
          stores.teamLayers
        );
        expect(after.evidence.some((e) => e.layer.startsWith('equipo:'))).toBe(false);
        expect((await screenedLayers(stores.teamLayers)).join('; ')).not.toContain(
          'capa del equipo'
        );
      }
    );
  });

  describe('a team ethnic layer of points', () => {
    it('is not crossed: no evidence from it, and the screen says it was not crossed', async () => {
      const known = new Set((await readArrowRows('data', 'municipios')).map((r) => String(r.code)));
      const n = await normaliseTeamLayer([pointsGeojson()], {
        kind: 'étnico',
        known,
        geos: loadGeos,
        keyField: 'NOMBRE'
      });
      await stores.teamLayers.addVersion(
        {
          layer: { id: 'comunidades', title: 'Comunidades', kind: 'étnico', key_field: 'NOMBRE' },
          producer: 'Fixture de prueba',
          cutoff: '2026-11-01',
          file_name: n.file_name,
          sha256: n.sha256,
          feature_count: n.feature_count,
          repairs: n.repairs,
          warnings: n.warnings,
          uploaded_by: 'analista@upme.gov.co',
          data: n.data
        },
        '2026-12-07T12:00:00.000Z'
      );
      // Segovia holds the fixture's points.
      const screen = await screenTerritory(
        { municipios: ['05736'], area: null },
        stores.teamLayers
      );
      expect(screen.evidence.some((e) => e.layer === 'equipo:comunidades@1')).toBe(false);
      expect(await screenedLayers(stores.teamLayers)).toContain(
        'Comunidades (capa del equipo, versión 1, corte 2026-11-01) — solo puntos o líneas: no se cruza'
      );
    });
  });
});
