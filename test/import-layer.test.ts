// importLayer, the single entry point for user files (.zip, loose shapefile parts, GeoJSON).
// Every fixture is hand-made in memory: shapefiles by scripts/fixtures/write-test-shapefile.ts,
// zips by fflate, GeoJSON as literal text. Projected coordinates are computed here with proj4 from
// hand-chosen lon/lat corners and the published EPSG parameters (written out in
// test/fixtures/crs-wkt.ts and below, not taken from the module under test), so the expected
// values are the hand-chosen originals; the false origins of EPSG:9377 and EPSG:3116 are checked
// against their published geographic values.
import { strToU8, zipSync } from 'fflate';
import type { Feature, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  buildTestShapefile,
  type Ring,
  type TestShapefileBytes,
  type TestShapefileContent
} from '../scripts/fixtures/write-test-shapefile';
import { ImportError, type InputFile } from '../src/lib/import/import-error';
import { crsByCode } from '../src/lib/import/crs-by-code';
import { CrsMissingError } from '../src/lib/import/crs-missing-error';
import { importLayer } from '../src/lib/import/import-layer';
import { cpgEncoding } from '../src/lib/import/read-shapefile';
import {
  BOGOTA_ZONE_ESRI_WKT,
  ORIGEN_NACIONAL_OGC_WKT,
  ORIGEN_NACIONAL_PROJ4,
  UTM_18N_ESRI_WKT
} from './fixtures/crs-wkt';

// --- Coordinate systems, from the EPSG registry (shared ones in test/fixtures/crs-wkt.ts) ---

// EPSG:3116, MAGNA-SIRGAS / Colombia Bogota zone (its .prj is BOGOTA_ZONE_ESRI_WKT).
const BOGOTA_ZONE_PROJ4 =
  '+proj=tmerc +lat_0=4.596200416666666 +lon_0=-74.07750791666666 +k=1 +x_0=1000000 ' +
  '+y_0=1000000 +ellps=GRS80 +units=m';

const SUPPORTED_EPSG = [4326, 4686, 3114, 3115, 3116, 3117, 3118, 9377, 3857];

// --- Hand-chosen places ---

type LonLat = [number, number];

/** A 0.01° square in Medellín (lon −75.58…−75.57, lat 6.24…6.25), counter-clockwise. */
const MEDELLIN_SQUARE: LonLat[] = [
  [-75.58, 6.24],
  [-75.57, 6.24],
  [-75.57, 6.25],
  [-75.58, 6.25]
];
/** A 0.01° square in Bogotá, near the origin of the Bogotá zone. */
const BOGOTA_SQUARE: LonLat[] = [
  [-74.09, 4.6],
  [-74.08, 4.6],
  [-74.08, 4.61],
  [-74.09, 4.61]
];
/** Published geographic position of the false origin of EPSG:9377 (E 5 000 000, N 2 000 000). */
const ORIGEN_NACIONAL_ORIGIN: LonLat = [-73, 4];
/** Published geographic position of the false origin of EPSG:3116 (E 1 000 000, N 1 000 000). */
const BOGOTA_ZONE_ORIGIN: LonLat = [-74.07750791666666, 4.596200416666666];

const NAME = 'Resguardo Ñame Peña';

const project = (def: string, corners: LonLat[]): Ring =>
  corners.map((p) => proj4('WGS84', def, p) as [number, number]);

/** A 100 m square in projected metres with one corner exactly at (x, y). */
const squareAt = (x: number, y: number): Ring => [
  [x, y],
  [x + 100, y],
  [x + 100, y + 100],
  [x, y + 100]
];

// --- Files ---

const input = (name: string, bytes: Uint8Array): InputFile => ({ name, bytes });
const text = (name: string, body: string): InputFile => input(name, strToU8(body));
const json = (name: string, doc: unknown): InputFile => text(name, JSON.stringify(doc));

/** The loose parts of a shapefile as the user would pick them; `omit` leaves parts out. */
function looseParts(
  stem: string,
  parts: TestShapefileBytes,
  omit: (keyof TestShapefileBytes)[] = []
): InputFile[] {
  return (['shp', 'shx', 'dbf', 'prj', 'cpg'] as const).flatMap((ext) => {
    const bytes = parts[ext];
    return bytes && !omit.includes(ext) ? [input(`${stem}.${ext}`, bytes)] : [];
  });
}

/** A .zip holding the given files under `folder/`, plus macOS metadata that must be ignored. */
function zipOf(name: string, files: InputFile[], folder = 'capa'): InputFile {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    entries[`${folder}/${f.name}`] = f.bytes;
    entries[`__MACOSX/${folder}/._${f.name}`] = strToU8('metadatos de macOS');
  }
  return input(name, zipSync(entries));
}

function shapefile(
  stem: string,
  content: TestShapefileContent,
  omit: (keyof TestShapefileBytes)[] = []
) {
  return looseParts(stem, buildTestShapefile(content), omit);
}

// --- Assertions ---

// Spanish: an accented letter or a common Spanish word. English: words of JavaScript errors.
const ENGLISH = /\b(cannot|undefined|is not|unexpected|invalid|error|failed|the|of|read)\b/i;
const SPANISH = /[áéíóúñ]|\b(el|la|los|las|de|del|no|un|una|se|falta|use|contiene|sus)\b/i;

/** The rejection of `files`: an ImportError whose Spanish message starts with «<file>». */
async function importError(files: InputFile[], file: string): Promise<ImportError> {
  const error: unknown = await importLayer(files).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error, 'expected an ImportError').toBeInstanceOf(ImportError);
  const e = error as ImportError;
  expect(e.name).toBe('ImportError');
  expect(e.file).toBe(file);
  expect(e.message.startsWith(`«${file}»: `), e.message).toBe(true);
  const detail = e.message.slice(file.length + 4);
  expect(detail, e.message).toMatch(SPANISH);
  expect(detail, e.message).not.toMatch(ENGLISH);
  return e;
}

/** Every position of a geometry (an array whose first member is not an array). */
const positionsOf = (g: Geometry | null): Position[] => {
  if (!g) return [];
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(positionsOf);
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && !Array.isArray(c[0])) out.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(g.coordinates);
  return out;
};

/** The single outer ring of a Polygon feature. */
function ringOf(feature: Feature<Geometry | null> | undefined): Position[] {
  const g = feature?.geometry;
  if (g?.type !== 'Polygon') throw new Error(`expected a Polygon, got ${g?.type ?? 'nothing'}`);
  expect(g.coordinates).toHaveLength(1);
  return g.coordinates[0]!;
}

/**
 * A closed ring with exactly the expected corners, each within `tol` degrees (the shapefile
 * writer may reverse the winding, so corners are matched, not compared by index).
 */
function expectRing(ring: Position[], corners: LonLat[], tol: number): void {
  expect(ring).toHaveLength(corners.length + 1);
  expect(ring[0]).toEqual(ring[ring.length - 1]);
  const near = (p: Position, c: LonLat) =>
    Math.abs(p[0]! - c[0]) <= tol && Math.abs(p[1]! - c[1]) <= tol;
  const missing = corners.filter((c) => !ring.some((p) => near(p, c)));
  const stray = ring.filter((p) => !corners.some((c) => near(p, c)));
  expect(missing, 'corners not found').toEqual([]);
  expect(stray, 'vertices off every corner').toEqual([]);
  for (const p of ring) expect(p).toHaveLength(2);
}

/** The vertex of `ring` nearest to `target`, for checks at a single known point. */
function nearest(ring: Position[], target: LonLat): Position {
  const d = (p: Position) => Math.hypot(p[0]! - target[0], p[1]! - target[1]);
  return ring.reduce((best, p) => (d(p) < d(best) ? p : best));
}

function expectAt(p: Position, target: LonLat, tol: number): void {
  expect(Math.abs(p[0]! - target[0]), `lon of ${p}`).toBeLessThanOrEqual(tol);
  expect(Math.abs(p[1]! - target[1]), `lat of ${p}`).toBeLessThanOrEqual(tol);
}

// --- Fixtures ---

const medellin9377 = (extra: Partial<TestShapefileContent> = {}): TestShapefileContent => ({
  features: [
    { ring: project(ORIGEN_NACIONAL_PROJ4, MEDELLIN_SQUARE), properties: { NOMBRE: NAME } }
  ],
  prj: ORIGEN_NACIONAL_OGC_WKT,
  ...extra
});

/** The same square in plain degrees (no .prj needed). */
const medellinDegrees: TestShapefileContent = {
  features: [{ ring: MEDELLIN_SQUARE, properties: { NOMBRE: NAME } }]
};

describe('importLayer: shapefiles', () => {
  it('reads a zipped EPSG:9377 shapefile with a Latin-1 .dbf and no .cpg', async () => {
    const parts = buildTestShapefile(medellin9377({ dbfEncoding: 'latin1' }));
    // The fixture really is Latin-1: "Ñ" is the single byte 0xD1, not UTF-8's 0xC3 0x91.
    expect(parts.dbf).toContain(0xd1);
    expect(Buffer.from(parts.dbf).includes(Buffer.from('Ñ', 'utf8'))).toBe(false);
    expect(parts.cpg).toBeUndefined();

    const layer = await importLayer([zipOf('resguardo.zip', looseParts('resguardo', parts))]);
    expect(layer.name).toBe('resguardo.shp');
    expect(layer.crs.epsg).toBe(9377);
    expect(layer.fields).toEqual(['NOMBRE']);
    expect(layer.warnings).toEqual([]);
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0]?.properties).toEqual({ NOMBRE: NAME });
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('puts the false origin of EPSG:9377 at lon −73, lat 4', async () => {
    const layer = await importLayer(
      shapefile('origen', {
        features: [{ ring: squareAt(5_000_000, 2_000_000), properties: { NOMBRE: 'Origen' } }],
        prj: ORIGEN_NACIONAL_OGC_WKT
      })
    );
    expect(layer.crs.epsg).toBe(9377);
    const ring = ringOf(layer.features[0]);
    expectAt(nearest(ring, ORIGEN_NACIONAL_ORIGIN), ORIGEN_NACIONAL_ORIGIN, 1e-9);
    // The other corners are 100 m east and north: about 0.0009° away, all east and north.
    for (const p of ring) {
      expect(p[0]!).toBeGreaterThanOrEqual(-73 - 1e-9);
      expect(p[0]!).toBeLessThan(-73 + 0.001);
      expect(p[1]!).toBeGreaterThanOrEqual(4 - 1e-9);
      expect(p[1]!).toBeLessThan(4 + 0.001);
    }
  });

  it('reads loose parts with a UTF-8 .dbf and a .cpg saying "UTF-8"', async () => {
    const parts = buildTestShapefile(medellin9377({ dbfEncoding: 'utf8', cpg: 'UTF-8' }));
    expect(Buffer.from(parts.dbf).includes(Buffer.from('Ñ', 'utf8'))).toBe(true);
    const layer = await importLayer(looseParts('resguardo', parts));
    expect(layer.crs.epsg).toBe(9377);
    expect(layer.warnings).toEqual([]);
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0]?.properties).toEqual({ NOMBRE: NAME });
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('reads loose parts with a Latin-1 .dbf and a .cpg saying "1252"', async () => {
    const layer = await importLayer(
      shapefile('resguardo', medellin9377({ dbfEncoding: 'latin1', cpg: '1252' }))
    );
    expect(layer.features[0]?.properties).toEqual({ NOMBRE: NAME });
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('reads parts given as views into larger buffers', async () => {
    const parts = looseParts('resguardo', buildTestShapefile(medellin9377()));
    const views = parts.map((f) => {
      const padded = new Uint8Array(f.bytes.length + 13).fill(0xee);
      padded.set(f.bytes, 7);
      return input(f.name, padded.subarray(7, 7 + f.bytes.length));
    });
    const layer = await importLayer(views);
    expect(layer.features[0]?.properties).toEqual({ NOMBRE: NAME });
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('reads an EPSG:3116 shapefile, with its false origin at the published position', async () => {
    const layer = await importLayer(
      shapefile('bogota', {
        features: [
          { ring: project(BOGOTA_ZONE_PROJ4, BOGOTA_SQUARE), properties: { NOMBRE: 'Celda' } },
          { ring: squareAt(1_000_000, 1_000_000), properties: { NOMBRE: 'Origen' } }
        ],
        prj: BOGOTA_ZONE_ESRI_WKT
      })
    );
    expect(layer.crs.epsg).toBe(3116);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { NOMBRE: 'Celda' },
      { NOMBRE: 'Origen' }
    ]);
    expectRing(ringOf(layer.features[0]), BOGOTA_SQUARE, 1e-7);
    const origin = nearest(ringOf(layer.features[1]), BOGOTA_ZONE_ORIGIN);
    expectAt(origin, BOGOTA_ZONE_ORIGIN, 1e-9);
  });

  it('reads a shapefile without .prj whose coordinates are degrees, with a warning', async () => {
    const layer = await importLayer(shapefile('grados', medellinDegrees));
    expect(layer.crs.epsg).toBe(4326);
    expect(layer.warnings).toHaveLength(1);
    expect(layer.warnings[0]).toContain('sin .prj');
    expect(layer.warnings[0]).toContain('grados.shp');
    // Degrees are read as they are: exactly the written doubles.
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 0);
  });

  it('refuses a shapefile without .prj whose coordinates are metres', async () => {
    const e = await importError(shapefile('metros', medellin9377(), ['prj']), 'metros.shp');
    expect(e.message).toMatch(/no son grados/);
    expect(e.message).toMatch(/\.prj/);
  });

  it('reads the geometry of loose parts without a .dbf, with the warning and no attributes', async () => {
    const layer = await importLayer(shapefile('sin-dbf', medellin9377(), ['dbf']));
    expect(layer.fields).toEqual(['numero_elemento']);
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0]?.properties).toEqual({ numero_elemento: 1 });
    expect(layer.warnings).toContain(
      'sin-dbf.shp: el shapefile no trae .dbf: se leyó la geometría sin atributos.'
    );
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('reads a zip without a .dbf the same way', async () => {
    const zip = zipOf('sin-dbf.zip', shapefile('capa', medellin9377(), ['dbf']));
    const layer = await importLayer([zip]);
    expect(layer.warnings.some((w) => w.includes('no trae .dbf'))).toBe(true);
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('reads metres without .prj in the system the user names (EPSG:9377), saying so', async () => {
    const layer = await importLayer(shapefile('metros', medellin9377(), ['prj']), undefined, {
      crs: crsByCode('EPSG:9377')
    });
    expect(layer.crs.epsg).toBe(9377);
    expect(layer.warnings).toEqual([
      'metros.shp: sin .prj; se leyó en EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional), como se indicó.'
    ]);
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('without .prj and without a named system, metres ask for one (CrsMissingError)', async () => {
    const e = await importError(shapefile('metros', medellin9377(), ['prj']), 'metros.shp');
    expect(e).toBeInstanceOf(CrsMissingError);
    const zipped = await importLayer([
      zipOf('m.zip', shapefile('metros', medellin9377(), ['prj']))
    ]).catch((x: unknown) => x);
    expect(zipped).toBeInstanceOf(CrsMissingError);
    expect((zipped as Error).message).toContain('«m.zip › metros.shp»');
  });

  it('refuses a named system the coordinates cannot be in (metres named as EPSG:4326)', async () => {
    const e = await importLayer(shapefile('metros', medellin9377(), ['prj']), undefined, {
      crs: crsByCode('4326')
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toContain('ninguna coordenada es válida en EPSG:4326');
  });

  it('a .prj wins over a named system, with a warning', async () => {
    const layer = await importLayer(shapefile('con-prj', medellin9377()), undefined, {
      crs: crsByCode('epsg:3116')
    });
    expect(layer.crs.epsg).toBe(9377);
    expect(layer.warnings.join(' ')).toContain('se ignoró EPSG:3116');
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
  });

  it('names only supported systems: EPSG:32618 (UTM 18N) is refused with the list', () => {
    expect(() => crsByCode('EPSG:32618')).toThrow(/no soportado.*EPSG:9377/);
    expect(() => crsByCode('magna')).toThrow(ImportError);
  });

  it('refuses a record that declares more points than it holds, before reading it', async () => {
    // First record's numPoints (offset 100 + 8 header + 40) set to 2^30: the reader would
    // otherwise allocate an array of a billion points.
    const parts = shapefile('inflado', medellin9377());
    const shp = parts.find((p) => p.name.endsWith('.shp'))!;
    new DataView(shp.bytes.buffer, shp.bytes.byteOffset).setInt32(148, 2 ** 30, true);
    const e = await importError(parts, 'inflado.shp');
    expect(e.message).toMatch(/registro 1/);
  });

  it('reads a shapefile without .shx, with a warning', async () => {
    const layer = await importLayer(shapefile('sin-shx', medellin9377(), ['shx']));
    expect(layer.features[0]?.properties).toEqual({ NOMBRE: NAME });
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
    expect(layer.warnings).toHaveLength(1);
    expect(layer.warnings[0]).toMatch(/\.shx/);
  });

  it('refuses an unsupported .prj (UTM 18N), naming it and listing the accepted codes', async () => {
    const e = await importError(
      shapefile('utm', medellin9377({ prj: UTM_18N_ESRI_WKT })),
      'utm.prj'
    );
    expect(e.message).toMatch(/no soportado/);
    expect(e.message).toContain('WGS_1984_UTM_Zone_18N');
    for (const code of SUPPORTED_EPSG) expect(e.message).toContain(`EPSG:${code}`);
  });

  it('refuses a .prj that is not WKT at all', async () => {
    const e = await importError(
      shapefile('basura', medellin9377({ prj: 'sistema local de la alcaldía' })),
      'basura.prj'
    );
    expect(e.message).toMatch(/no soportado/);
  });

  it('refuses a .cpg naming an unknown encoding, naming the .cpg', async () => {
    const e = await importError(shapefile('rara', medellin9377({ cpg: 'KLINGON' })), 'rara.cpg');
    expect(e.message).toMatch(/codificación desconocida/);
  });

  it('drops the geometry of a feature with NaN coordinates, with a warning', async () => {
    const layer = await importLayer(
      shapefile('nan', {
        features: [
          {
            ring: [
              [5_000_000, 2_000_000],
              [5_000_100, NaN],
              [5_000_100, 2_000_100]
            ],
            properties: { N: 'a' }
          },
          { ring: project(ORIGEN_NACIONAL_PROJ4, MEDELLIN_SQUARE), properties: { N: 'b' } }
        ],
        prj: ORIGEN_NACIONAL_OGC_WKT
      })
    );
    expect(layer.features).toHaveLength(2);
    expect(layer.features[0]?.geometry).toBeNull();
    expect(layer.features[0]?.properties).toEqual({ N: 'a' });
    expectRing(ringOf(layer.features[1]), MEDELLIN_SQUARE, 1e-7);
    expect(layer.warnings.some((w) => /elemento 1/.test(w) && /no válidas/.test(w))).toBe(true);
  });

  it('refuses a zip holding two shapefiles, naming both', async () => {
    const zip = zipOf('dos.zip', [
      ...shapefile('primera', medellin9377()),
      ...shapefile('segunda', medellin9377())
    ]);
    const e = await importError([zip], 'dos.zip');
    expect(e.message).toContain('primera.shp');
    expect(e.message).toContain('segunda.shp');
  });

  it('refuses an empty zip', async () => {
    const e = await importError([input('vacio.zip', zipSync({}))], 'vacio.zip');
    expect(e.message).toMatch(/vacío/);
  });

  it('refuses a zip holding only folders and macOS metadata', async () => {
    const zip = zipSync({ 'capa/': new Uint8Array(0), '__MACOSX/capa/._x.shp': strToU8('x') });
    await importError([input('solo-carpetas.zip', zip)], 'solo-carpetas.zip');
  });

  it('refuses a zip cut in half', async () => {
    const whole = zipOf('resguardo.zip', shapefile('resguardo', medellin9377())).bytes;
    const half = whole.slice(0, Math.floor(whole.length / 2));
    const e = await importError([input('cortado.zip', half)], 'cortado.zip');
    expect(e.message).toMatch(/dañado o truncado/);
  });

  it('refuses a file that is not a zip but is named .zip', async () => {
    await importError([text('falso.zip', 'esto no es un zip')], 'falso.zip');
  });

  it('refuses an unknown extension', async () => {
    const e = await importError([text('mapa.kml', '<kml></kml>')], 'mapa.kml');
    expect(e.message).toMatch(/formato no reconocido/);
  });

  it('refuses a .dbf alone', async () => {
    const [, , dbf] = shapefile('tabla', medellin9377());
    expect(dbf?.name).toBe('tabla.dbf');
    await importError([dbf!], 'tabla.dbf');
  });

  it('refuses an empty selection with a Spanish message', async () => {
    await importError([], '(sin archivos)');
  });
});

describe('cpgEncoding', () => {
  it.each([
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['65001', 'utf-8'],
    [' UTF-8\r\n', 'utf-8'],
    ['1252', 'windows-1252'],
    ['ANSI 1252', 'windows-1252'],
    ['CP1252', 'windows-1252'],
    ['88591', 'iso-8859-1'],
    ['28591', 'iso-8859-1'],
    ['', 'windows-1252'],
    ['ISO-8859-1', 'iso-8859-1'],
    ['88592', 'iso-8859-2'],
    ['28591', 'iso-8859-1']
  ])('maps %j to %j', (raw, encoding) => {
    expect(cpgEncoding(raw)).toBe(encoding);
  });
});

describe('importLayer: GeoJSON', () => {
  const point = (coordinates: unknown, properties: Record<string, unknown> = {}) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates }
  });
  const collection = (features: unknown[], extra: Record<string, unknown> = {}) => ({
    type: 'FeatureCollection',
    ...extra,
    features
  });
  const legacyCrs = (code: number) => ({
    crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${code}` } }
  });

  it('reads a plain FeatureCollection in degrees unchanged', async () => {
    const polygon = {
      type: 'Feature',
      properties: { NOMBRE: NAME, AREA: 1.5 },
      geometry: { type: 'Polygon', coordinates: [[...MEDELLIN_SQUARE, MEDELLIN_SQUARE[0]!]] }
    };
    const layer = await importLayer([
      json('capa.geojson', collection([polygon, point([-74.08, 4.6], { CODIGO: '11001' })]))
    ]);
    expect(layer.name).toBe('capa.geojson');
    expect(layer.crs.epsg).toBe(4326);
    expect(layer.warnings).toEqual([]);
    expect(layer.fields).toEqual(['NOMBRE', 'AREA', 'CODIGO']);
    expect(layer.features).toEqual([
      polygon,
      { type: 'Feature', properties: { CODIGO: '11001' }, geometry: point([-74.08, 4.6]).geometry }
    ]);
  });

  it('reads a single Feature, a bare geometry, a .json and a GeoJSON inside a zip', async () => {
    const feature = point([-75.58, 6.24], { N: 1 });
    const a = await importLayer([json('uno.geojson', feature)]);
    expect(a.features).toEqual([feature]);
    const b = await importLayer([json('geom.json', feature.geometry)]);
    expect(b.features).toEqual([{ type: 'Feature', properties: {}, geometry: feature.geometry }]);
    const zip = zipOf('capa.zip', [json('capa.geojson', collection([feature]))]);
    const c = await importLayer([zip]);
    expect(c.name).toBe('capa.geojson');
    expect(c.features).toEqual([feature]);
  });

  it('honours a legacy "crs" member naming EPSG:9377 and reprojects', async () => {
    const ring = project(ORIGEN_NACIONAL_PROJ4, MEDELLIN_SQUARE);
    const doc = collection(
      [
        {
          type: 'Feature',
          properties: { NOMBRE: NAME },
          geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] }
        },
        point([5_000_000, 2_000_000], { NOMBRE: 'Origen' })
      ],
      legacyCrs(9377)
    );
    const layer = await importLayer([json('proyectada.geojson', doc)]);
    expect(layer.crs.epsg).toBe(9377);
    expect(layer.warnings).toEqual([]);
    expectRing(ringOf(layer.features[0]), MEDELLIN_SQUARE, 1e-7);
    const origin = layer.features[1]?.geometry;
    expect(origin?.type).toBe('Point');
    expectAt(positionsOf(origin ?? null)[0]!, ORIGEN_NACIONAL_ORIGIN, 1e-9);
  });

  it('honours a legacy "crs" member naming EPSG:3116', async () => {
    const doc = collection([point([1_000_000, 1_000_000])], {
      crs: { type: 'name', properties: { name: 'EPSG:3116' } }
    });
    const layer = await importLayer([json('bogota.geojson', doc)]);
    expect(layer.crs.epsg).toBe(3116);
    expectAt(positionsOf(layer.features[0]?.geometry ?? null)[0]!, BOGOTA_ZONE_ORIGIN, 1e-9);
  });

  it('refuses metres without a "crs" member', async () => {
    const ring = project(ORIGEN_NACIONAL_PROJ4, MEDELLIN_SQUARE);
    const doc = collection([
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } }
    ]);
    const e = await importError([json('metros.geojson', doc)], 'metros.geojson');
    expect(e.message).toMatch(/no son grados/);
  });

  it('refuses a legacy "crs" member naming an unsupported system', async () => {
    const doc = collection([point([500_000, 700_000])], legacyCrs(32618));
    const e = await importError([json('utm.geojson', doc)], 'utm.geojson');
    expect(e.message).toMatch(/no soportado/);
    expect(e.message).toContain('32618');
  });

  it('drops the geometry of features with non-numeric coordinates, with a warning', async () => {
    // JSON has no NaN: an overflowing number (1e999 → Infinity), a string in place of a number
    // and a position with a single number are what a damaged file holds instead.
    const body =
      '{"type":"FeatureCollection","features":[' +
      '{"type":"Feature","properties":{"N":1},"geometry":{"type":"Point","coordinates":[-75.58,6.24]}},' +
      '{"type":"Feature","properties":{"N":2},"geometry":{"type":"Point","coordinates":[-75.58,1e999]}},' +
      '{"type":"Feature","properties":{"N":3},"geometry":{"type":"LineString","coordinates":[[-75.58,6.24],[-75.57,"seis"]]}},' +
      '{"type":"Feature","properties":{"N":4},"geometry":{"type":"Point","coordinates":[-75.58]}},' +
      '{"type":"Feature","properties":{"N":5},"geometry":{"type":"Point","coordinates":[-75.57,6.25]}}]}';
    const layer = await importLayer([text('danada.geojson', body)]);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { N: 1 },
      { N: 2 },
      { N: 3 },
      { N: 4 },
      { N: 5 }
    ]);
    expect(layer.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [-75.58, 6.24] },
      null,
      null,
      null,
      { type: 'Point', coordinates: [-75.57, 6.25] }
    ]);
    expect(layer.warnings).toHaveLength(3);
    for (const [i, n] of [2, 3, 4].entries()) {
      expect(layer.warnings[i]).toContain('danada.geojson');
      expect(layer.warnings[i]).toContain(`elemento ${n}`);
    }
  });

  it('keeps features without geometry as they are, without a warning', async () => {
    const doc = collection([{ type: 'Feature', properties: { N: 1 }, geometry: null }]);
    const layer = await importLayer([json('sin-geometria.geojson', doc)]);
    expect(layer.features).toEqual([{ type: 'Feature', properties: { N: 1 }, geometry: null }]);
    expect(layer.warnings).toEqual([]);
  });

  it('drops Z coordinates: every position has length 2', async () => {
    const z = (p: LonLat, h: number) => [p[0], p[1], h];
    const ring = [...MEDELLIN_SQUARE, MEDELLIN_SQUARE[0]!].map((p, i) => z(p, 1500 + i));
    const doc = collection([
      point(z([-75.58, 6.24], 1495)),
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]] }
      },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: z([-75.57, 6.25], 1490) },
            { type: 'MultiPoint', coordinates: ring }
          ]
        }
      }
    ]);
    for (const [name, d] of [
      ['con-z.geojson', doc],
      // Also through a reprojection: Z must not reach proj4 or come back.
      [
        'con-z-9377.geojson',
        collection(
          [point([5_000_000, 2_000_000, 1500]), point([5_000_100, 2_000_100, 1500, 7])],
          legacyCrs(9377)
        )
      ]
    ] as const) {
      const layer = await importLayer([json(name, d)]);
      const positions = layer.features.flatMap((f) => positionsOf(f.geometry));
      expect(positions.length).toBeGreaterThan(1);
      for (const p of positions) expect(p).toHaveLength(2);
      expect(layer.warnings).toEqual([]);
    }
  });

  it('refuses invalid JSON', async () => {
    const e = await importError(
      [text('roto.geojson', '{ "type": "FeatureCollection", "features": [ ')],
      'roto.geojson'
    );
    expect(e.message).toMatch(/JSON/);
  });

  it('refuses JSON that is not GeoJSON, and an empty collection', async () => {
    const a = await importError([json('tabla.json', { filas: [1, 2] })], 'tabla.json');
    expect(a.message).toMatch(/no es GeoJSON/);
    const b = await importError([json('vacia.geojson', collection([]))], 'vacia.geojson');
    expect(b.message).toMatch(/no tiene elementos/);
  });
});

describe('importLayer: error messages', () => {
  // One of each rejection, all through importLayer: the message starts with «file» and reads as
  // Spanish (no English parser text leaks through).
  const cases: [string, InputFile[], string][] = [
    ['zip cortado', [input('a.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))], 'a.zip'],
    ['zip vacío', [input('b.zip', zipSync({}))], 'b.zip'],
    ['prj UTM', shapefile('d', medellin9377({ prj: UTM_18N_ESRI_WKT })), 'd.prj'],
    ['metros sin prj', shapefile('e', medellin9377(), ['prj']), 'e.shp'],
    ['cpg desconocido', shapefile('f', medellin9377({ cpg: 'EBCDIC-XYZ' })), 'f.cpg'],
    ['JSON roto', [text('g.geojson', '{')], 'g.geojson'],
    ['no GeoJSON', [json('h.json', [1, 2, 3])], 'h.json'],
    ['extensión', [text('i.csv', 'a,b\n1,2')], 'i.csv'],
    [
      'GeoJSON en metros',
      [json('j.geojson', { type: 'Point', coordinates: [5e6, 2e6] })],
      'j.geojson'
    ]
  ];
  it.each(cases)('%s', async (_label, files, file) => {
    await importError(files, file);
  });
});
