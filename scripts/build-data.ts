// Data build: sources/ (raw public files, sources/SOURCES.md) → data/ (app-ready Arrow IPC + display topology).
// Deterministic: the same input gives the same bytes. Any count that differs from the catalog fails.
// Usage: npm run build-data [-- --sources <dir>] [-- --out <dir>]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLED_LAYERS } from '../src/lib/catalog/catalog';
import { buildAntRegistro } from './data/build-ant-registro';
import { buildBoundaries } from './data/build-boundaries';
import { buildRunapAreas } from './data/build-runap-areas';
import { buildRunapReporte, NO_MUNICIPIO } from './data/build-runap-reporte';
import { readRunapWorkbook } from './data/read-runap-workbook';
import { buildCompensaciones } from './data/build-compensaciones';
import { buildResguardos, buildZonasReservaCampesina } from './data/build-polygons';
import { buildRamsar } from './data/build-ramsar';
import { buildResguardosCaqueta } from './data/build-resguardos-caqueta';
import { buildRfpn } from './data/build-rfpn';
import { buildRunapCaqueta } from './data/build-runap-caqueta';
import { buildSustraccionesLey2 } from './data/build-sustracciones-ley2';
import { buildSustraccionesRfpn } from './data/build-sustracciones-rfpn';
import { buildTransicionCobertura } from './data/build-transicion-cobertura';
import { buildIdf, buildNbi, buildPdet, buildPoblacion } from './data/build-tables';
import { labelPoints } from './data/label-points';
import { BuildCheckError, expectEqual } from './data/fail';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback);
}

export interface Manifest {
  layers: Record<string, { file: string; rows: number; bytes: number; sha256: string }>;
  display: { file: string; bytes: number; sha256: string };
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function main() {
  const sources = arg('sources', 'sources');
  const out = arg('out', 'data');
  const rawPath = (id: string) => {
    const layer = BUNDLED_LAYERS.find((l) => l.id === id);
    if (!layer) throw new Error(`capa ${id} no está en el catálogo`);
    return join(sources, layer.source.raw);
  };
  const raw = (id: string) => readFileSync(rawPath(id), 'utf8');
  const rawBytes = (id: string) => new Uint8Array(readFileSync(rawPath(id)));
  const count = (id: string) => BUNDLED_LAYERS.find((l) => l.id === id)!.featureCount;
  /** The .zip files of a layer whose raw path is a folder, in name order. */
  const rawZips = (id: string) =>
    readdirSync(rawPath(id))
      .filter((f) => f.endsWith('.zip'))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(rawPath(id), name))) }));

  const bounds = buildBoundaries(raw('municipios'));
  const known = new Set(bounds.codes);
  const pdet = buildPdet(raw('pdet'), known);
  const labels = await labelPoints(bounds.geometries, bounds.codes);
  const display = bounds.display(pdet.subregionByCode, labels);
  const antRegistro = await buildAntRegistro(rawBytes('resguardos_ant_registro'), bounds.directory);
  for (const r of antRegistro.resolutions)
    console.log(`ANT: «${r.resguardo}» nombra el municipio «${r.filed}»: se ubicó en ${r.code}.`);
  const runapBook = await readRunapWorkbook(rawBytes('runap_reporte'));
  const runap = buildRunapReporte(runapBook, known);
  const runapAreas = await buildRunapAreas(
    rawBytes('runap_areas'),
    readFileSync(rawPath('runap_areas').replace(/\.dbf$/, '.cpg'), 'utf8'),
    runapBook
  );
  console.log(
    `RUNAP: ${runapAreas.rows} áreas en la tabla de atributos; ${runapAreas.withAct} con su acto en la hoja Actos del reporte.`
  );
  const na = runap.unplaced;
  console.log(
    `RUNAP: ${runap.municipios} municipios; ${na.rows} filas con código ${NO_MUNICIPIO} (sin municipio): ${Math.round(na.terrestreHa)} ha terrestres y ${Math.round(na.maritimaHa)} ha marítimas, fuera de la matriz.`
  );
  const built: Record<string, { rows: number; bytes: Uint8Array }> = {
    municipios: bounds.municipios,
    departamentos: bounds.departamentos,
    pdet,
    poblacion: buildPoblacion(raw('poblacion'), known),
    nbi: buildNbi(raw('nbi'), known),
    idf: buildIdf(raw('idf'), known),
    zonas_reserva_campesina: buildZonasReservaCampesina(raw('zonas_reserva_campesina')),
    resguardos_muestra: buildResguardos(raw('resguardos_muestra')),
    resguardos_ant_registro: antRegistro,
    runap_reporte: runap,
    runap_areas: runapAreas,
    runap_caqueta: buildRunapCaqueta(rawBytes('runap_caqueta')),
    resguardos_caqueta: buildResguardosCaqueta(rawBytes('resguardos_caqueta')),
    rfpn: await buildRfpn(rawZips('rfpn')),
    ramsar: await buildRamsar(rawBytes('ramsar'), count('ramsar')),
    sustracciones_ley_segunda: await buildSustraccionesLey2(
      rawBytes('sustracciones_ley_segunda'),
      count('sustracciones_ley_segunda')
    ),
    sustracciones_rfpn: await buildSustraccionesRfpn(
      rawBytes('sustracciones_rfpn'),
      count('sustracciones_rfpn')
    ),
    compensaciones_sustracciones: await buildCompensaciones(
      rawBytes('compensaciones_sustracciones'),
      count('compensaciones_sustracciones')
    ),
    transicion_cobertura_caqueta: await buildTransicionCobertura(
      rawBytes('transicion_cobertura_caqueta'),
      bounds.municipios.bytes
    )
  };

  mkdirSync(out, { recursive: true });
  const manifest: Manifest = {
    layers: {},
    display: { file: 'limites.topojson', bytes: display.length, sha256: sha256(display) }
  };
  for (const layer of BUNDLED_LAYERS) {
    const b = built[layer.id];
    if (!b) throw new BuildCheckError(`la capa ${layer.id} del catálogo no tiene constructor`);
    expectEqual(`filas de ${layer.id}`, b.rows, layer.featureCount);
    const file = `${layer.table}.arrow`;
    writeFileSync(join(out, file), b.bytes);
    manifest.layers[layer.id] = {
      file,
      rows: b.rows,
      bytes: b.bytes.length,
      sha256: sha256(b.bytes)
    };
  }
  writeFileSync(join(out, manifest.display.file), display);
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const total = Object.values(manifest.layers).reduce(
    (s, l) => s + l.bytes,
    manifest.display.bytes
  );
  console.log(
    `Datos escritos en ${out}: ${BUNDLED_LAYERS.length} capas, ${(total / 1e6).toFixed(1)} MB`
  );
}

main().catch((e: unknown) => {
  console.error(`Error en la construcción de datos: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
