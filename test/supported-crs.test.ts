// identifyCrs: a .prj (WKT) → one of the supported EPSG codes, identified by its parameters, or
// null. The WKT strings below (and those shared with other tests, in test/fixtures/crs-wkt.ts) are
// written out in full, in the two dialects found in the wild: the OGC/EPSG form (as GDAL writes
// it) and the Esri form (as ArcGIS writes .prj files). Parameter values are the published EPSG
// ones; the refused systems are real ones a Colombian user may have.
import { describe, expect, it } from 'vitest';
import { identifyCrs, SUPPORTED_CRS } from '../src/lib/import/supported-crs';
import {
  BOGOTA_ZONE_ESRI_WKT,
  ORIGEN_NACIONAL_ESRI_WKT,
  ORIGEN_NACIONAL_OGC_WKT,
  UTM_18N_ESRI_WKT,
  WGS84_ESRI_WKT
} from './fixtures/crs-wkt';

const epsgOf = (wkt: string) => identifyCrs(wkt)?.epsg ?? null;

// EPSG:9377 in WKT2 (ISO 19162:2019), as PROJ writes it.
const ORIGEN_NACIONAL_WKT2 =
  'PROJCRS["MAGNA-SIRGAS / Origen-Nacional",BASEGEOGCRS["MAGNA-SIRGAS",' +
  'DATUM["Marco Geocentrico Nacional de Referencia",ELLIPSOID["GRS 1980",6378137,298.257222101,' +
  'LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],' +
  'ID["EPSG",4686]],CONVERSION["Colombia Transverse Mercator",METHOD["Transverse Mercator",' +
  'ID["EPSG",9807]],PARAMETER["Latitude of natural origin",4,' +
  'ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8801]],' +
  'PARAMETER["Longitude of natural origin",-73,ANGLEUNIT["degree",0.0174532925199433],' +
  'ID["EPSG",8802]],PARAMETER["Scale factor at natural origin",0.9992,SCALEUNIT["unity",1],' +
  'ID["EPSG",8805]],PARAMETER["False easting",5000000,LENGTHUNIT["metre",1],ID["EPSG",8806]],' +
  'PARAMETER["False northing",2000000,LENGTHUNIT["metre",1],ID["EPSG",8807]]],' +
  'CS[Cartesian,2],AXIS["northing (N)",north,ORDER[1],LENGTHUNIT["metre",1]],' +
  'AXIS["easting (E)",east,ORDER[2],LENGTHUNIT["metre",1]],' +
  'USAGE[SCOPE["Cadastre, topographic mapping."],AREA["Colombia"],' +
  'BBOX[-4.23,-84.77,15.51,-66.87]],ID["EPSG",9377]]';

// EPSG:3116, MAGNA-SIRGAS / Colombia Bogota zone (OGC WKT1).
const BOGOTA_ZONE_OGC =
  'PROJCS["MAGNA-SIRGAS / Colombia Bogota zone",GEOGCS["MAGNA-SIRGAS",' +
  'DATUM["Marco_Geocentrico_Nacional_de_Referencia",SPHEROID["GRS 1980",6378137,298.257222101]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",4.596200416666666],' +
  'PARAMETER["central_meridian",-74.07750791666666],PARAMETER["scale_factor",1],' +
  'PARAMETER["false_easting",1000000],PARAMETER["false_northing",1000000],UNIT["metre",1]]';

// EPSG:3115, MAGNA-SIRGAS / Colombia West zone (Esri WKT1).
const WEST_ZONE_ESRI =
  'PROJCS["MAGNA_Colombia_Oeste",GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",' +
  'SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],' +
  'UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["False_Easting",1000000.0],PARAMETER["False_Northing",1000000.0],' +
  'PARAMETER["Central_Meridian",-77.07750791666666],PARAMETER["Scale_Factor",1.0],' +
  'PARAMETER["Latitude_Of_Origin",4.596200416666666],UNIT["Meter",1.0]]';

// EPSG:3118, MAGNA-SIRGAS / Colombia East zone (OGC WKT1).
const EAST_ZONE_OGC =
  'PROJCS["MAGNA-SIRGAS / Colombia East zone",GEOGCS["MAGNA-SIRGAS",' +
  'DATUM["Marco_Geocentrico_Nacional_de_Referencia",SPHEROID["GRS 1980",6378137,298.257222101]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",4.596200416666666],' +
  'PARAMETER["central_meridian",-68.07750791666666],PARAMETER["scale_factor",1],' +
  'PARAMETER["false_easting",1000000],PARAMETER["false_northing",1000000],UNIT["metre",1]]';

// EPSG:4686, MAGNA-SIRGAS (geographic), OGC and Esri.
const MAGNA_OGC =
  'GEOGCS["MAGNA-SIRGAS",DATUM["Marco_Geocentrico_Nacional_de_Referencia",' +
  'SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],' +
  'UNIT["degree",0.0174532925199433]]';
const MAGNA_ESRI =
  'GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

// EPSG:4326, WGS 84 (OGC; the Esri form is WGS84_ESRI_WKT).
const WGS84_OGC =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]';

// EPSG:3857 as GDAL writes it in WKT1: Mercator_1SP on the WGS 84 ellipsoid is only told apart
// from EPSG:3395 by the PROJ4 extension, which GDAL always adds for this CRS.
const PSEUDO_MERCATOR_OGC =
  'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",' +
  'SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],' +
  'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],' +
  'PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],' +
  'PARAMETER["false_easting",0],PARAMETER["false_northing",0],' +
  'UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],' +
  'EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 ' +
  '+units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]';

// EPSG:3857 with the EPSG method name ("Popular Visualisation Pseudo Mercator").
const PSEUDO_MERCATOR_POPULAR =
  'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",' +
  'SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],' +
  'UNIT["degree",0.0174532925199433]],PROJECTION["Popular Visualisation Pseudo Mercator"],' +
  'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",0],' +
  'PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],' +
  'UNIT["metre",1]]';

// EPSG:3857 as ArcGIS writes it.
const WEB_MERCATOR_ESRI =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",' +
  'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],' +
  'UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],' +
  'PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],' +
  'PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],' +
  'PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';

// --- Refused ---

// EPSG:32618, WGS 84 / UTM zone 18N (OGC; the Esri form is UTM_18N_ESRI_WKT).
const UTM_18N_OGC =
  'PROJCS["WGS 84 / UTM zone 18N",GEOGCS["WGS 84",DATUM["WGS_1984",' +
  'SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],' +
  'UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",-75],' +
  'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],' +
  'PARAMETER["false_northing",0],UNIT["metre",1]]';

// EPSG:21897, Bogota 1975 / Colombia Bogota zone: the old datum on the International 1924
// ellipsoid, with an origin a few hundred metres from that of EPSG:3116.
const BOGOTA_1975_ZONE =
  'PROJCS["Bogota 1975 / Colombia Bogota zone",GEOGCS["Bogota 1975",DATUM["Bogota_1975",' +
  'SPHEROID["International 1924",6378388,297]],PRIMEM["Greenwich",0],' +
  'UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",4.599047222222222],' +
  'PARAMETER["central_meridian",-74.08091666666667],PARAMETER["scale_factor",1],' +
  'PARAMETER["false_easting",1000000],PARAMETER["false_northing",1000000],UNIT["metre",1]]';

// EPSG:4218, Bogota 1975 (geographic, International 1924: a = 6378388).
const BOGOTA_1975 =
  'GEOGCS["Bogota 1975",DATUM["Bogota_1975",SPHEROID["International 1924",6378388,297]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]';

// Esri's ellipsoidal "World Mercator": not the spherical EPSG:3857 either.
const WORLD_MERCATOR_ESRI =
  'PROJCS["WGS_1984_World_Mercator",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",' +
  'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],' +
  'UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator"],PARAMETER["False_Easting",0.0],' +
  'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],' +
  'PARAMETER["Standard_Parallel_1",0.0],UNIT["Meter",1.0]]';

// EPSG:3395, WGS 84 / World Mercator: ellipsoidal, not the spherical EPSG:3857.
const WORLD_MERCATOR_OGC =
  'PROJCS["WGS 84 / World Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",' +
  'SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],' +
  'UNIT["degree",0.0174532925199433]],PROJECTION["Mercator_1SP"],' +
  'PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],' +
  'PARAMETER["false_northing",0],UNIT["metre",1]]';

// The EPSG:9377 parameters, but in US survey feet: same numbers, other coordinates.
const ORIGEN_NACIONAL_FEET = ORIGEN_NACIONAL_OGC_WKT.replace(
  'UNIT["metre",1]]',
  'UNIT["US survey foot",0.3048006096012192]]'
);

// The EPSG:9377 parameters on the International 1924 ellipsoid.
const ORIGEN_NACIONAL_ON_1924 = ORIGEN_NACIONAL_OGC_WKT.replace(
  'SPHEROID["GRS 1980",6378137,298.257222101]',
  'SPHEROID["International 1924",6378388,297]'
);

describe('identifyCrs: supported systems', () => {
  it.each([
    ['EPSG:9377, OGC WKT1', ORIGEN_NACIONAL_OGC_WKT, 9377],
    ['EPSG:9377, Esri WKT1', ORIGEN_NACIONAL_ESRI_WKT, 9377],
    ['EPSG:3116, OGC WKT1', BOGOTA_ZONE_OGC, 3116],
    ['EPSG:3116, Esri WKT1', BOGOTA_ZONE_ESRI_WKT, 3116],
    ['EPSG:3115, Esri WKT1', WEST_ZONE_ESRI, 3115],
    ['EPSG:3118, OGC WKT1', EAST_ZONE_OGC, 3118],
    ['EPSG:4326, OGC WKT1', WGS84_OGC, 4326],
    ['EPSG:4326, Esri WKT1', WGS84_ESRI_WKT, 4326],
    ['EPSG:3857, GDAL WKT1 with the PROJ4 extension', PSEUDO_MERCATOR_OGC, 3857],
    ['EPSG:3857, EPSG method name', PSEUDO_MERCATOR_POPULAR, 3857],
    ['EPSG:3857, Esri Web Mercator Auxiliary Sphere', WEB_MERCATOR_ESRI, 3857]
  ])('identifies %s', (_label, wkt, epsg) => {
    expect(epsgOf(wkt)).toBe(epsg);
  });

  it.each([
    ['OGC WKT1', MAGNA_OGC],
    ['Esri WKT1', MAGNA_ESRI]
  ])('accepts MAGNA-SIRGAS geographic (EPSG:4686), %s, as a geographic system', (_label, wkt) => {
    // EPSG:4686 and EPSG:4326 differ only in the flattening of their ellipsoids (GRS 1980 versus
    // WGS 84, a few tenths of a millimetre): the GRS 1980 ellipsoid names MAGNA-SIRGAS.
    expect(epsgOf(wkt)).toBe(4686);
  });

  it('identifies a WKT2 PROJCRS for EPSG:9377 as 9377', () => {
    expect(epsgOf(ORIGEN_NACIONAL_WKT2)).toBe(9377);
  });

  it('tolerates surrounding whitespace and a trailing newline, as in .prj files', () => {
    expect(epsgOf(`\n  ${ORIGEN_NACIONAL_ESRI_WKT}\r\n`)).toBe(9377);
  });

  it('returns the entry of SUPPORTED_CRS itself, with a proj4 definition', () => {
    const crs = identifyCrs(BOGOTA_ZONE_OGC);
    expect(SUPPORTED_CRS).toContain(crs);
    expect(crs?.proj4).toMatch(/\+proj=tmerc/);
  });

  it('lists exactly the documented codes', () => {
    expect(SUPPORTED_CRS.map((c) => c.epsg).sort((a, b) => a - b)).toEqual([
      3114, 3115, 3116, 3117, 3118, 3857, 4326, 4686, 9377
    ]);
  });
});

describe('identifyCrs: refused systems', () => {
  it.each([
    ['WGS 84 / UTM zone 18N, OGC', UTM_18N_OGC],
    ['WGS 84 / UTM zone 18N, Esri', UTM_18N_ESRI_WKT],
    ['Bogota 1975 / Colombia Bogota zone', BOGOTA_1975_ZONE],
    ['Bogota 1975 (geographic, International 1924)', BOGOTA_1975],
    ['WGS 84 / World Mercator (EPSG:3395, ellipsoidal)', WORLD_MERCATOR_OGC],
    ['WGS 84 / World Mercator as Esri writes it', WORLD_MERCATOR_ESRI],
    ['the EPSG:9377 parameters in US survey feet', ORIGEN_NACIONAL_FEET],
    ['the EPSG:9377 parameters on the International 1924 ellipsoid', ORIGEN_NACIONAL_ON_1924]
  ])('refuses %s', (_label, wkt) => {
    expect(epsgOf(wkt)).toBeNull();
  });

  it.each([
    ['garbage text', 'esto no es un sistema de coordenadas'],
    ['an empty string', ''],
    ['only whitespace', ' \r\n\t'],
    ['a truncated WKT', ORIGEN_NACIONAL_OGC_WKT.slice(0, 120)],
    ['a WKT missing its last bracket', ORIGEN_NACIONAL_OGC_WKT.slice(0, -1)],
    ['an unknown root keyword', 'LOCAL_CS["Plano local"]'],
    ['control characters', '\u0000\u0001\u0002'],
    ['JSON', '{"type":"name"}']
  ])('returns null, without throwing, for %s', (_label, text) => {
    expect(() => identifyCrs(text)).not.toThrow();
    expect(identifyCrs(text)).toBeNull();
  });
});
