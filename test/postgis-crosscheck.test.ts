// PostGIS cross-check (issue 21): the bundled resguardo sample × the MGN municipios, cut by PostGIS
// — ST_Area(ST_Intersection(a, b)::geography), on the WGS84 spheroid — and by this project's engine
// (OverlaySession, the function behind `atlas overlay`), agree within 0.01 % on every pair of at
// least 1 ha, and find the same such pairs. Both sides repair invalid input the same way (GEOS
// MakeValid, STRUCTURE method, collapsed parts dropped). PostGIS gets every municipio; our engine
// only those whose bounding box meets a resguardo's (the others cannot intersect one).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/pg/throwaway-cluster';
import { OverlaySession } from '../src/lib/geo/overlay-session';
import { readArrowRows, type Row } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';

const TOLERANCE = 1e-4; // 0.01 %
const MIN_HA = 1;
const REPAIR = `'method=structure keepcollapsed=false'`;

interface Side {
  pairs: Map<string, number>;
  areas: Map<string, number>;
  repaired: string[];
}

const pairKey = (municipio: string, feature: string) => `${municipio} × ${feature}`;
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
const boxesMeet = (a: Row, b: Row) =>
  Number(a.min_lon) <= Number(b.max_lon) &&
  Number(b.min_lon) <= Number(a.max_lon) &&
  Number(a.min_lat) <= Number(b.max_lat) &&
  Number(b.min_lat) <= Number(a.max_lat);

async function ourEngine(municipios: Row[], resguardos: Row[]): Promise<Side> {
  const session = await OverlaySession.open();
  const near = municipios.filter((m) => resguardos.some((r) => boxesMeet(m, r)));
  const loaded = [
    session.load({ layer: 'municipios', features: rowsToWire(near, 'code') }),
    session.load({ layer: 'resguardos', features: rowsToWire(resguardos, 'name') })
  ];
  const result = session.overlay({ municipios: 'municipios', layer: 'resguardos' });
  const side: Side = {
    pairs: new Map(result.pairs.map((p) => [pairKey(p.municipio, p.feature), p.overlap_ha])),
    areas: session.areas('resguardos'),
    repaired: loaded.flatMap((l) => l.repaired.map((r) => r.feature)).sort()
  };
  session.unload('municipios');
  session.unload('resguardos');
  return side;
}

/** A temporary table of GeoJSON rows as geometry(MultiPolygon, 4326), repaired, GiST-indexed. */
async function loadTable(db: pg.Client, table: string, rows: Row[], key: string) {
  await db.query(
    `CREATE TEMP TABLE ${table} (id text PRIMARY KEY, repaired boolean NOT NULL,
       geom geometry(MultiPolygon, 4326) NOT NULL)`
  );
  await db.query(
    `INSERT INTO ${table}
     SELECT id, NOT ST_IsValid(g), ST_Multi(CASE WHEN ST_IsValid(g) THEN g
       ELSE ST_CollectionExtract(ST_MakeValid(g, ${REPAIR}), 3) END)
     FROM (SELECT id, ST_SetSRID(ST_GeomFromGeoJSON(doc), 4326) AS g
           FROM unnest($1::text[], $2::text[]) AS t(id, doc)) AS parsed`,
    [rows.map((r) => String(r[key])), rows.map((r) => String(r.geometry))]
  );
  await db.query(`CREATE INDEX ON ${table} USING gist (geom)`);
  await db.query(`ANALYZE ${table}`);
}

async function postgis(db: pg.Client, municipios: Row[], resguardos: Row[]): Promise<Side> {
  await loadTable(db, 'municipios', municipios, 'code');
  await loadTable(db, 'resguardos', resguardos, 'name');
  const pairs = await db.query<{ municipio: string; feature: string; ha: number }>(
    `SELECT m.id AS municipio, r.id AS feature,
            ST_Area(ST_Intersection(m.geom, r.geom)::geography) / 10000 AS ha
     FROM resguardos r JOIN municipios m ON ST_Intersects(m.geom, r.geom)`
  );
  const areas = await db.query<{ id: string; ha: number }>(
    `SELECT id, ST_Area(geom::geography) / 10000 AS ha FROM resguardos`
  );
  const repaired = await db.query<{ id: string }>(
    `SELECT id FROM municipios WHERE repaired UNION ALL SELECT id FROM resguardos WHERE repaired`
  );
  return {
    pairs: new Map(pairs.rows.map((p) => [pairKey(p.municipio, p.feature), p.ha])),
    areas: new Map(areas.rows.map((a) => [a.id, a.ha])),
    repaired: repaired.rows.map((r) => r.id).sort()
  };
}

const atLeast = (pairs: Map<string, number>) =>
  [...pairs]
    .filter(([, ha]) => ha >= MIN_HA)
    .map(([key]) => key)
    .sort();

describe('PostGIS cross-check: resguardos_muestra × municipios', () => {
  let server: ThrowawayPostgres | undefined;
  let db: pg.Client | undefined;
  let ours: Side;
  let theirs: Side;

  beforeAll(async () => {
    const starting = startThrowawayPostgres();
    const [municipios, resguardos] = await Promise.all([
      readArrowRows('data', 'municipios'),
      readArrowRows('data', 'resguardos_muestra')
    ]);
    ours = await ourEngine(municipios, resguardos);
    server = await starting;
    db = new pg.Client({ connectionString: server.url });
    await db.connect();
    theirs = await postgis(db, municipios, resguardos);
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await server?.stop();
  });

  it('finds the same pairs of at least 1 ha', () => {
    expect(atLeast(ours.pairs).length).toBeGreaterThan(20);
    expect(atLeast(theirs.pairs)).toEqual(atLeast(ours.pairs));
  });

  it('agrees within 0.01 % on every pair of at least 1 ha', () => {
    const rows = atLeast(theirs.pairs).map((key) => {
      const [pgHa, ourHa] = [theirs.pairs.get(key)!, ours.pairs.get(key) ?? 0];
      return { key, pgHa, ourHa, rel: relative(ourHa, pgHa) };
    });
    const worst = rows.reduce((a, b) => (b.rel > a.rel ? b : a));
    console.info(
      `PostGIS × motor: ${rows.length} pares ≥ 1 ha; mayor diferencia relativa ` +
        `${worst.rel.toExponential(2)} (${worst.key}: ${worst.pgHa} ha PostGIS vs ${worst.ourHa} ha)`
    );
    for (const { key, pgHa, ourHa, rel } of rows)
      expect(rel, `${key}: ${pgHa} ha PostGIS vs ${ourHa} ha`).toBeLessThan(TOLERANCE);
  });

  it('measures each resguardo alike and repairs the same features', () => {
    expect([...theirs.areas.keys()].sort()).toEqual([...ours.areas.keys()].sort());
    for (const [id, pgHa] of theirs.areas) {
      const ourHa = ours.areas.get(id)!;
      expect(relative(ourHa, pgHa), `${id}: ${pgHa} ha PostGIS vs ${ourHa} ha`).toBeLessThan(1e-6);
    }
    expect(theirs.repaired).toEqual(ours.repaired);
  });
});
