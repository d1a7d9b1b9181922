// The DANCP evidence pack (issue 5), built from real bundled data — MGN 2018 Cumbal (52227) and
// Ipiales (52356), their GEOS union as the district, the ANT resguardos sample screened with the
// overlay engine — then unzipped and checked with independent readers: JSON.parse, the
// `shapefile` package, proj4 with the EPSG parameters of test/fixtures/crs-wkt.ts, d3's CSV parser.
import { csvParse } from 'd3-dsv';
import { unzipSync } from 'fflate';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import * as shapefile from 'shapefile';
import { describe, expect, it } from 'vitest';
import { MISSING_LAYERS } from '../src/lib/catalog/catalog';
import { catalogProvenance } from '../src/lib/export/catalog-provenance';
import { evidencePack, type EvidencePackInput } from '../src/lib/export/evidence-pack';
import { layerShapefile } from '../src/lib/export/layer-shapefile';
import { importLayer } from '../src/lib/import/import-layer';
import { identifyCrs } from '../src/lib/import/supported-crs';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { screenConsulta } from '../src/lib/domain/consulta-previa-screen';
import { districtScreen } from '../src/lib/domain/district-screen';
import { areaHits } from '../src/lib/geo/area-hits';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
import { readPolygons } from '../src/lib/geo/geos-read';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { writeGeometry } from '../src/lib/geo/geos-write';
import { parseWire } from '../src/lib/geo/overlay-session';
import { prepareLayer } from '../src/lib/geo/prepare-layer';
import { unionGeometries } from '../src/lib/geo/union-geometries';
import { ORIGEN_NACIONAL_PROJ4 } from './fixtures/crs-wkt';

const L = 'resguardos_muestra';
const CODES = ['52227', '52356'];
const CUMBAL = 'Resguardo Indígena De Cumbal';
type Area = Polygon | MultiPolygon;
const BBOX = ['min_lon', 'min_lat', 'max_lon', 'max_lat', 'geometry'];

async function buildInput(): Promise<EvidencePackInput> {
  const rt = await loadGeos();
  const { geos } = rt;
  const rows = (await readArrowRows('data', 'municipios')).filter((r) =>
    CODES.includes(String(r.code))
  );
  const resguardoRows = await readArrowRows('data', 'resguardos_muestra');
  const areas = prepareLayer(rt, parseWire(rowsToWire(rows, 'code'), []));
  const resguardos = prepareLayer(rt, parseWire(rowsToWire(resguardoRows, 'name'), []));
  const bufferKm = 7.5;
  const sliver = { maxHa: 40, maxPctOfFeature: 2 };
  const hits = areaHits(rt, areas, CODES, [{ id: L, layer: resguardos }], bufferKm, sliver);
  const municipios = CODES.map((c) =>
    screenConsulta(c, hits.get(c)!.overlaps, hits.get(c)!.near, bufferKm)
  );
  const shapes = rows.map((r) => JSON.parse(String(r.geometry)) as Area);
  const parts = shapes.map((g) => writeGeometry(geos, g));
  const union = unionGeometries(geos, parts)!;
  const districtPolygon = readPolygons(geos, union);
  for (const g of [...parts, union]) geos.GEOSGeom_destroy(g);
  const district = districtScreen('cumbal-ipiales', municipios, geodesicAreaHa(districtPolygon));
  const behind = new Set(district.evidence.map((e) => e.feature));
  const attributes = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !BBOX.includes(k)));
  const title = 'Resguardos indígenas — muestra Nariño, Cauca, Putumayo';
  return {
    district: {
      id: 'cumbal-ipiales',
      name: 'Frontera Nariñense',
      municipios: rows.map((r) => ({
        code: String(r.code),
        name: String(r.name),
        department: String(r.department)
      }))
    },
    districtPolygon,
    municipioFeatures: rows.map((r, i) => ({
      type: 'Feature',
      properties: { code: r.code, name: r.name, department: r.department },
      geometry: shapes[i]!
    })),
    ethnicFeatures: resguardoRows
      .filter((r) => behind.has(String(r.name)))
      .map((r) => ({
        layer: L,
        key: String(r.name),
        layerTitle: title,
        feature: {
          type: 'Feature',
          properties: attributes(r),
          geometry: JSON.parse(String(r.geometry)) as Area
        }
      })),
    screens: { district, municipios },
    people: new Map([[L, new Map(resguardoRows.map((r) => [String(r.name), String(r.people)]))]]),
    bufferKm,
    sliver,
    sources: [catalogProvenance(L, title)],
    missing: MISSING_LAYERS.filter((m) => m.kind === 'étnico'),
    generatedAt: '2025-03-14T10:30:00-05:00'
  };
}

const positions = (g: Area): Position[] =>
  g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);

describe('DANCP evidence pack from Cumbal + Ipiales and the ANT resguardos sample', async () => {
  const input = await buildInput();
  const files = unzipSync(evidencePack(input));
  // ignoreBOM: keep the BOM in the text, so the test can see it.
  const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[name]);
  const geojson = (name: string) =>
    JSON.parse(text(name)) as FeatureCollection<Area> & { crs?: { properties: { name: string } } };
  const stems = ['distrito', 'municipios', 'elementos_etnicos'];
  const nEthnic = input.ethnicFeatures.length;

  it('screens Cumbal as superposición, so the pack has ethnic features to carry', () => {
    expect(input.screens.municipios[0]!.flag).toBe('superposicion');
    expect(input.ethnicFeatures.map((e) => e.key)).toContain(CUMBAL);
  });

  it('holds LEAME, the CSV, and each layer as GeoJSON and shapefile in 4686 and 9377', () => {
    const expected = ['LEAME.txt', 'traslapes_y_distancias.csv'];
    for (const crs of [4686, 9377])
      for (const stem of stems) {
        expected.push(`${stem}_${crs}.geojson`);
        for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg'])
          expected.push(`shapefile_${crs}/${stem}.${ext}`);
      }
    expect(Object.keys(files).sort()).toEqual(expected.sort());
  });

  it('names each GeoJSON CRS in the legacy "crs" member, with the expected feature counts', () => {
    const counts = [1, 2, nEthnic];
    for (const crs of [4686, 9377])
      stems.forEach((stem, i) => {
        const fc = geojson(`${stem}_${crs}.geojson`);
        expect(fc.crs?.properties.name).toBe(`urn:ogc:def:crs:EPSG::${crs}`);
        expect(fc.features).toHaveLength(counts[i]!);
      });
    expect(geojson('distrito_4686.geojson').features[0]!.geometry).toEqual(input.districtPolygon);
  });

  it('writes 9377 coordinates as proj4 projects the 4686 ones (1 mm), inside 9377 plausible range', () => {
    const forward = proj4('+proj=longlat +ellps=GRS80 +no_defs', ORIGEN_NACIONAL_PROJ4).forward;
    for (const stem of stems) {
      const deg = geojson(`${stem}_4686.geojson`).features.flatMap((f) => positions(f.geometry));
      const m = geojson(`${stem}_9377.geojson`).features.flatMap((f) => positions(f.geometry));
      expect(m).toHaveLength(deg.length);
      deg.forEach((p, i) => {
        const [x, y] = forward([p[0]!, p[1]!]);
        expect(Math.abs(m[i]![0]! - x!)).toBeLessThan(1e-3);
        expect(Math.abs(m[i]![1]! - y!)).toBeLessThan(1e-3);
        expect(m[i]![0]).toBeGreaterThan(4e6);
        expect(m[i]![0]).toBeLessThan(6e6);
        expect(m[i]![1]).toBeGreaterThan(1e6);
        expect(m[i]![1]).toBeLessThan(3e6);
      });
    }
  });

  // Read as a GIS tool would: the .dbf in the encoding its .cpg names.
  const readShapefile = async (crs: number, stem: string) => {
    const dir = `shapefile_${crs}`;
    const encoding = text(`${dir}/${stem}.cpg`);
    const shp = files[`${dir}/${stem}.shp`]!;
    return shapefile.read(shp, files[`${dir}/${stem}.dbf`]!, { encoding });
  };

  it('writes shapefiles whose .prj names their CRS and whose geometry matches the GeoJSON', async () => {
    for (const crs of [4686, 9377])
      for (const stem of stems) {
        expect(identifyCrs(text(`shapefile_${crs}/${stem}.prj`))?.epsg).toBe(crs);
        const fc = await readShapefile(crs, stem);
        const same = geojson(`${stem}_${crs}.geojson`);
        expect(fc.features).toHaveLength(same.features.length);
        const all = same.features.flatMap((f) => positions(f.geometry));
        const xs = all.map((p) => p[0]!);
        const ys = all.map((p) => p[1]!);
        const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
        fc.bbox!.forEach((v, i) => expect(Math.abs(v - box[i]!)).toBeLessThan(1e-9));
      }
  });

  it('writes shapefile attributes that read back with their accents (UTF-8, per the .cpg)', async () => {
    for (const crs of [4686, 9377]) {
      const props = async (stem: string) =>
        (await readShapefile(crs, stem)).features.map((f) => f.properties ?? {});
      expect((await props('municipios')).map((p) => p.municipio)).toEqual(['CUMBAL', 'IPIALES']);
      const ethnic = await props('elementos_etnicos');
      expect(ethnic.map((p) => p.elemento)).toEqual(input.ethnicFeatures.map((e) => e.key));
      expect(ethnic.find((p) => p.elemento === CUMBAL)?.pueblo).toBe('Pastos');
      expect((await props('distrito'))[0]?.nombre).toBe('Frontera Nariñense');
    }
  });

  it('has a CSV row for Cumbal × its resguardo: superposición over its whole geodesic area', () => {
    const csv = text('traslapes_y_distancias.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(csv.slice(1));
    const row = rows.find((r) => r.ambito === '52227' && r.elemento === CUMBAL)!;
    expect(row).toMatchObject({ nombre: 'CUMBAL', alerta: 'superposicion', pueblo: 'Pastos' });
    expect(row).toMatchObject({ borde: 'no', distancia_km: '0' });
    const resguardo = input.ethnicFeatures.find((e) => e.key === CUMBAL)!.feature.geometry;
    expect(Math.abs(Number(row.traslape_ha) / geodesicAreaHa(resguardo) - 1)).toBeLessThan(1e-6);
    const evidence = [input.screens.district, ...input.screens.municipios];
    expect(rows).toHaveLength(evidence.reduce((n, s) => n + Math.max(1, s.evidence.length), 0));
    expect(rows.filter((r) => r.ambito === 'distrito').map((r) => r.elemento)).toEqual(
      input.screens.district.evidence.map((e) => e.feature)
    );
  });

  it('writes a LEAME with the rules, the numbers used, the sources and the layers not loaded', () => {
    const readme = text('LEAME.txt');
    for (const s of ['7.5 km', '40 ha', '2 %', 'SU-123/2018', 'Sin registro', '2025-03-14T10:30'])
      expect(readme).toContain(s);
    for (const m of input.district.municipios) expect(readme).toContain(`${m.code} ${m.name}`);
    for (const s of input.sources) {
      // The catalog's own values for the ANT sample, so the checks below cannot pass on ''.
      expect([s.producer, s.cutoff]).toEqual([
        'ANT, Resguardo Indígena Formalizado',
        'Actos hasta 2023-09'
      ]);
      expect(readme).toContain(s.producer);
      expect(readme).toContain(s.cutoff);
    }
    expect(input.missing.length).toBeGreaterThan(0);
    for (const m of input.missing) expect(readme).toContain(m.title);
    expect(readme).toContain('EPSG:9377');
    expect(readme).toContain('urn:ogc:def:crs:EPSG::9377');
  });
});

describe('exports in EPSG:9377 import back into the atlas', async () => {
  const input = await buildInput();
  const files = unzipSync(evidencePack(input));
  const original = input.municipioFeatures.flatMap((f) => positions(f.geometry));
  /** Largest difference, in degrees, between the imported coordinates and the original ones. */
  const drift = (features: { geometry: unknown }[]) => {
    const back = features.flatMap((f) => positions(f.geometry as Area));
    expect(back).toHaveLength(original.length);
    return Math.max(
      ...back.map((p, i) =>
        Math.max(Math.abs(p[0]! - original[i]![0]!), Math.abs(p[1]! - original[i]![1]!))
      )
    );
  };

  it('reads the 9377 GeoJSON by its "crs" member and the 9377 shapefile by its .prj', async () => {
    const geo = await importLayer([
      { name: 'municipios_9377.geojson', bytes: files['municipios_9377.geojson']! }
    ]);
    const parts = ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => ({
      name: `municipios.${ext}`,
      bytes: files[`shapefile_9377/municipios.${ext}`]!
    }));
    const shp = await importLayer(parts);
    for (const layer of [geo, shp]) {
      expect(layer.crs.epsg).toBe(9377);
      expect(drift(layer.features)).toBeLessThan(1e-9);
    }
    expect(shp.features.map((f) => f.properties?.depto)).toEqual(['NARIÑO', 'NARIÑO']);
  });

  it('layerShapefile(…, 9377) zips a shapefile the importer reads as 9377; WGS84 stays the default', async () => {
    const { zip } = layerShapefile('municipios', input.municipioFeatures, 9377);
    const layer = await importLayer([{ name: 'municipios.zip', bytes: zip }]);
    expect(layer.crs.epsg).toBe(9377);
    expect(drift(layer.features)).toBeLessThan(1e-9);
    const wgs84 = layerShapefile('municipios', input.municipioFeatures).zip;
    expect((await importLayer([{ name: 'm.zip', bytes: wgs84 }])).crs.epsg).toBe(4326);
  });
});
