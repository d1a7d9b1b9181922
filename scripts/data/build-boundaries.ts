// MGN 2018 detailed topology → municipios and departamentos tables, plus the map's display topology.
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { labelTopology } from './label-topology';
import type { LabelPoint } from './label-points';
import { arrowIpc } from './arrow-table';
import { DANE_CODE, expectEqual, expectThat } from './fail';
import { assertAreal, geometryColumns, normalizeGeometry } from './geometry';

type Props = Record<string, string | number | null>;
// Coordinates are quantized to ~1e-4°; 6 decimals (0.1 m) keeps every vertex distinct.
const DIGITS = 6;

function collection(topo: Topology, name: string) {
  const obj = topo.objects[name] as GeometryCollection<Props> | undefined;
  if (!obj) throw new Error(`la topología no tiene el objeto ${name}`);
  return obj;
}

export function buildBoundaries(topoText: string) {
  const topo = JSON.parse(topoText) as Topology;
  const mpio = collection(topo, 'MGN_MPIO_POLITICO');
  const dpto = collection(topo, 'MGN_DPTO_POLITICO');

  const mFeatures = mpio.geometries
    .map((g) => feature(topo, g) as GeoJSON.Feature<GeoJSON.Geometry, Props>)
    .sort((a, b) => String(a.properties.MPIO_CCNCT).localeCompare(String(b.properties.MPIO_CCNCT)));
  const mCodes = mFeatures.map((f) => String(f.properties.MPIO_CCNCT));
  expectThat(
    'códigos de municipio de 5 dígitos',
    mCodes.every((c) => DANE_CODE.test(c))
  );
  expectEqual('códigos de municipio únicos', new Set(mCodes).size, mCodes.length);
  const mGeoms = mFeatures.map((f, i) =>
    normalizeGeometry(assertAreal(f.geometry, `municipio ${mCodes[i]}`), DIGITS)
  );
  const municipios = arrowIpc({
    code: { type: 'utf8', values: mCodes },
    name: { type: 'utf8', values: mFeatures.map((f) => String(f.properties.MPIO_CNMBR)) },
    department_code: {
      type: 'utf8',
      values: mFeatures.map((f) => String(f.properties.DPTO_CCDGO))
    },
    department: { type: 'utf8', values: mFeatures.map((f) => String(f.properties.DPTO_CNMBR)) },
    area_official_km2: {
      type: 'f64',
      values: mFeatures.map((f) => Number(f.properties.MPIO_NAREA))
    },
    creation_act: {
      type: 'utf8',
      values: mFeatures.map((f) => String(f.properties.MPIO_CRSLC ?? ''))
    },
    ...geometryColumns(mGeoms)
  });

  const dFeatures = dpto.geometries
    .map((g) => feature(topo, g) as GeoJSON.Feature<GeoJSON.Geometry, Props>)
    .sort((a, b) => String(a.properties.DPTO_CCDGO).localeCompare(String(b.properties.DPTO_CCDGO)));
  const dCodes = dFeatures.map((f) => String(f.properties.DPTO_CCDGO));
  expectThat(
    'códigos de departamento de 2 dígitos',
    dCodes.every((c) => /^\d{2}$/.test(c))
  );
  expectEqual(
    'departamentos del MGN = departamentos de los municipios',
    [...new Set(mFeatures.map((f) => f.properties.DPTO_CCDGO))].sort().join(),
    dCodes.join()
  );
  const dGeoms = dFeatures.map((f, i) =>
    normalizeGeometry(assertAreal(f.geometry, `departamento ${dCodes[i]}`), DIGITS)
  );
  const departamentos = arrowIpc({
    code: { type: 'utf8', values: dCodes },
    name: { type: 'utf8', values: dFeatures.map((f) => String(f.properties.DPTO_CNMBR)) },
    creation_act: {
      type: 'utf8',
      values: dFeatures.map((f) => String(f.properties.DPTO_CACTO ?? ''))
    },
    ...geometryColumns(dGeoms)
  });

  // Display topology: same arcs, only the properties the first paint needs, and a label point
  // per municipio (`labels`, in code order) with its name as people write it.
  const display = (pdetByCode: Map<string, string>, labels: LabelPoint[]) => {
    for (const g of mpio.geometries) {
      const p: Props = g.properties ?? {};
      const code = String(p.MPIO_CCNCT);
      g.properties = {
        code,
        name: String(p.MPIO_CNMBR),
        department: String(p.DPTO_CNMBR),
        pdet: pdetByCode.get(code) ?? null
      };
    }
    for (const g of dpto.geometries) {
      const p: Props = g.properties ?? {};
      g.properties = { code: String(p.DPTO_CCDGO), name: String(p.DPTO_CNMBR) };
    }
    topo.objects = {
      municipios: mpio,
      departamentos: dpto,
      etiquetas: labelTopology(topo, mFeatures, labels)
    };
    return new TextEncoder().encode(JSON.stringify(topo));
  };

  return {
    codes: mCodes,
    /** Municipio shapes in code order (label points are computed from them). */
    geometries: mGeoms,
    /** Code, name and department of every municipio, for builds that resolve names. */
    directory: mFeatures.map((f) => ({
      code: String(f.properties.MPIO_CCNCT),
      name: String(f.properties.MPIO_CNMBR),
      departmentCode: String(f.properties.DPTO_CCDGO),
      department: String(f.properties.DPTO_CNMBR)
    })),
    municipios: { rows: mCodes.length, bytes: municipios },
    departamentos: { rows: dCodes.length, bytes: departamentos },
    display
  };
}
