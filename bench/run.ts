// npm run bench — overlay engine benchmark (issue 3). Seeded and repeatable; prints a table and
// writes bench/results.json. Ratios are against a Turf-only kernel measured in this same run.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { promisify } from 'node:util';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { writeGeometry } from '../src/lib/geo/geos-write';
import { OverlaySession, type WireFeature } from '../src/lib/geo/overlay-session';
import { geosKernel, turfClipped, turfOnly, type Poly } from './kernels';
import { importLayer } from '../src/lib/import/import-layer';
import { ORIGEN_NACIONAL_ESRI_WKT } from '../test/fixtures/crs-wkt';
import { largeShapefile } from './large-shapefile';
import { rasterZonalBench } from './raster-zonal';
import { realRasterBench } from './real-raster';
import type { teamLayerBench } from './team-layer-bench';
import { teamLayerBrowserBench } from './team-layer-browser';
import { networkThrottledBench, networkThrottledLines } from './network-throttled';
import { noisyPolygon, seeded } from './noisy-polygon';
import { NORDESTE } from '../test/fixtures/districts';

const run = promisify(execFile);
const NATIVE_GEOS_S = 3.1;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
const log = (s: string) => process.stdout.write(`${s}\n`);

async function wire(table: string, key: string): Promise<WireFeature[]> {
  return rowsToWire(await readArrowRows('data', table), key);
}

async function kernels() {
  const { geos } = await loadGeos();
  const rnd = seeded(977);
  const rows = [];
  for (let i = 0; i < 3; i++) {
    const a = noisyPolygon(-74, 4.6, 0.5, 20_000, rnd);
    const b = noisyPolygon(-74 + 0.4 + 0.2 * rnd(), 4.6, 0.3, 500, rnd);
    const [turf, tTurf] = time(() => turfOnly(a, b));
    const [clip, tClip] = time(() => turfClipped(a, b));
    const [g, tGeos] = time(() => {
      const ga = writeGeometry(geos, a);
      const gb = writeGeometry(geos, b);
      const ha = geosKernel(geos, ga, gb);
      geos.GEOSGeom_destroy(ga);
      geos.GEOSGeom_destroy(gb);
      return ha;
    });
    rows.push({ tTurf, tClip, tGeos, turf, clip, geos: g });
  }
  return {
    turf_ms: median(rows.map((r) => r.tTurf)),
    turf_bboxclip_ms: median(rows.map((r) => r.tClip)),
    geos_ms: median(rows.map((r) => r.tGeos)),
    max_area_difference: Math.max(...rows.map((r) => Math.abs(r.turf - r.geos) / r.geos))
  };
}

async function countryInProcess(municipios: WireFeature[], departamentos: WireFeature[]) {
  const session = await OverlaySession.open();
  const [, load] = time(() => session.load({ layer: 'm', features: municipios }));
  const [, loadD] = time(() => session.load({ layer: 'd', features: departamentos }));
  const [result, overlay] = time(() => session.overlay({ municipios: 'm', layer: 'd' }));
  session.unload('m');
  session.unload('d');
  return { load_ms: load + loadD, overlay_ms: overlay, pairs: result.pairs.length };
}

async function cli(args: string[]) {
  const t = performance.now();
  const { stdout } = await run('node', ['scripts/atlas.mjs', ...args], { maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const out = JSON.parse(stdout) as { pairs: unknown[]; municipios: { overlap_ha: number }[] };
  return {
    ms,
    pairs: out.pairs.length,
    total: out.municipios.reduce((s, m) => s + m.overlap_ha, 0)
  };
}

/** Per-pair Turf-only vs GEOS on a seeded sample of the country's bbox candidates. */
async function sampledPairs(municipios: WireFeature[], departamentos: WireFeature[], n: number) {
  const { geos } = await loadGeos();
  const parse = (f: WireFeature) => JSON.parse(f.geometry as string) as Poly;
  const M = municipios.map(parse);
  const D = departamentos.map(parse);
  const rnd = seeded(2024);
  const sample = Array.from({ length: n }, () => {
    const i = Math.floor(rnd() * M.length);
    return [i, Number(municipios[i]!.id.slice(0, 2))] as const;
  });
  const dIndex = new Map(departamentos.map((d, k) => [Number(d.id), k]));
  const gM = new Map<number, number>();
  const gD = D.map((d) => geos.GEOSMakeValid(writeGeometry(geos, d)));
  let turf = 0;
  let clip = 0;
  let ours = 0;
  let diff = 0;
  let turfFailures = 0;
  let clipFailures = 0;
  for (const [i, dept] of sample) {
    const k = dIndex.get(dept)!;
    const [a, ta] = time(() => turfOnly(M[i]!, D[k]!));
    const [c, tc] = time(() => turfClipped(M[i]!, D[k]!));
    if (Number.isNaN(a)) turfFailures++;
    if (Number.isNaN(c)) clipFailures++;
    if (!gM.has(i)) gM.set(i, writeGeometry(geos, M[i]!));
    const [b, tb] = time(() => geosKernel(geos, gM.get(i)!, gD[k]!));
    turf += ta;
    clip += tc;
    ours += tb;
    if (!Number.isNaN(a) && b > 0) diff = Math.max(diff, Math.abs(a - b) / b);
  }
  return {
    pairs: n,
    turf_ms_per_pair: turf / n,
    turf_bboxclip_ms_per_pair: clip / n,
    geos_ms_per_pair: ours / n,
    max_area_difference: diff,
    turf_failures: turfFailures,
    turf_bboxclip_failures: clipFailures
  };
}

async function nordeste(municipios: WireFeature[]) {
  const session = await OverlaySession.open();
  session.load({ layer: 'municipios', features: municipios });
  const layers = {
    municipios: 'code',
    departamentos: 'code',
    zonas_reserva_campesina: 'name',
    resguardos_muestra: 'name'
  };
  for (const [table, key] of Object.entries(layers))
    if (table !== 'municipios') session.load({ layer: table, features: await wire(table, key) });
  const screen = () =>
    Object.keys(layers).map(
      (layer) => session.overlay({ municipios: 'municipios', layer, only: NORDESTE }).pairs.length
    );
  const [, first] = time(screen);
  const runs = Array.from({ length: 15 }, () => time(screen)[1]);
  return { first_ms: first, median_ms: median(runs), pairs: screen().reduce((s, x) => s + x, 0) };
}

const started = new Date().toISOString();
const municipios = await wire('municipios', 'code');
const departamentos = await wire('departamentos', 'code');
log('» Núcleos de recorte (polígonos ruidosos 20.000 × 500 vértices, semilla 977)');
const k = await kernels();
log(
  `  Turf intersect ${k.turf_ms.toFixed(0)} ms · Turf + bboxClip ${k.turf_bboxclip_ms.toFixed(1)} ms · GEOS ${k.geos_ms.toFixed(2)} ms por par`
);
log('» País completo en proceso (1 hilo)');
const inProcess = await countryInProcess(municipios, departamentos);
log(
  `  preparar ${inProcess.load_ms.toFixed(0)} ms · cruzar ${inProcess.overlay_ms.toFixed(0)} ms · ${inProcess.pairs} pares`
);
log('» País completo: comando `atlas overlay --layer departamentos --json`');
await cli(['overlay', '--layer', 'departamentos', '--json', '--municipios', '05001']); // builds the CLI bundle
const plain = [];
const twoThreads = [];
for (let i = 0; i < 5; i++) {
  plain.push(await cli(['overlay', '--layer', 'departamentos', '--json']));
  twoThreads.push(await cli(['overlay', '--layer', 'departamentos', '--json', '--hilos', '2']));
}
const cmd = median(plain.map((r) => r.ms));
const cmd2 = median(twoThreads.map((r) => r.ms));
const total = plain[0]!.total;
log(
  `  ${cmd.toFixed(0)} ms (1 hilo) · ${cmd2.toFixed(0)} ms (--hilos 2, ${availableParallelism()} CPU) · ${plain[0]!.pairs} pares · ${(total / 1e6).toFixed(4)} M ha`
);
log('» Turf solo vs GEOS en 60 pares reales (muestra con semilla 2024)');
const sample = await sampledPairs(municipios, departamentos, 60);
const turfCountry = (sample.turf_ms_per_pair * 3055) / 1000;
log(
  `  Turf ${sample.turf_ms_per_pair.toFixed(1)} ms/par · Turf+bboxClip ${sample.turf_bboxclip_ms_per_pair.toFixed(1)} · GEOS ${sample.geos_ms_per_pair.toFixed(2)} ms/par → Turf solo ≈ ${turfCountry.toFixed(0)} s para los 3.055 candidatos`
);
log('» Nordeste antioqueño (10 municipios) contra todas las capas poligonales, tras la carga');
const nd = await nordeste(municipios);
log(
  `  primera ${nd.first_ms.toFixed(1)} ms · mediana ${nd.median_ms.toFixed(1)} ms · ${nd.pairs} pares`
);

log(
  '» Importación: shapefile de ≈50 MB en EPSG:9377 (anillos del MGN repetidos), .shp + .dbf + .prj'
);
const big = await largeShapefile(50e6, ORIGEN_NACIONAL_ESRI_WKT);
const files = [
  { name: 'grande.shp', bytes: big.shp },
  { name: 'grande.shx', bytes: big.shx },
  { name: 'grande.dbf', bytes: big.dbf },
  { name: 'grande.prj', bytes: big.prj }
];
const [imported, importMs] = await (async () => {
  const t = performance.now();
  const layer = await importLayer(files);
  return [layer, performance.now() - t] as const;
})();
const importBytes = files.reduce((s, f) => s + f.bytes.length, 0);
log(
  `  ${(importBytes / 1e6).toFixed(1)} MB · ${imported.features.length} elementos · ${(importMs / 1000).toFixed(2)} s (meta < 5 s)`
);

log(
  '» Estadísticas zonales: ráster de 2000 × 2000 píxeles sobre el Nordeste, en grados y en EPSG:9377'
);
const rz = await rasterZonalBench(municipios, NORDESTE);
log(
  `  grados ${rz.degrees_ms.toFixed(0)} ms · EPSG:9377 ${rz.epsg9377_ms.toFixed(0)} ms (${rz.ratio_projected_vs_degrees.toFixed(1)}×) · ${rz.epsg9377_pixels_in_municipios} píxeles dentro de los municipios`
);

log('» Ráster real: transición de cobertura de Caquetá (253 millones de píxeles, LZW)');
const rr = await realRasterBench(municipios);
log(
  `  LZW de geotiff ${rr.decode_geotiff_lzw_ms.toFixed(0)} ms · el nuestro ${rr.decode_fast_lzw_ms.toFixed(0)} ms (${rr.decode_speedup.toFixed(1)}×, ${rr.decode_tiles} teselas) · banda completa ${rr.read_band_ms.toFixed(0)} ms · zonal de los 16 municipios ${rr.zonal_caqueta_16_municipios_ms.toFixed(0)} ms`
);
log(
  `  Florencia: barrido ${rr.florencia_spans_ms.toFixed(0)} ms frente a punto-en-polígono por píxel ${rr.florencia_pip_ms.toFixed(0)} ms (${rr.spans_speedup.toFixed(1)}×) · ${rr.florencia_pixels_spans} / ${rr.florencia_pixels_pip} píxeles`
);

log('» Capas del equipo: fixture de 10.000 títulos con el esquema ANM, EPSG:9377');
const tl = JSON.parse(
  (await run('npx', ['tsx', 'bench/team-layer-process.mts'], { maxBuffer: 1 << 24 })).stdout
) as Awaited<ReturnType<typeof teamLayerBench>>;
log(
  `  subida y validación ${(tl.upload_validate_ms / 1000).toFixed(1)} s (meta < 10 s) · carga en DuckDB ${tl.duckdb_load_ms.toFixed(0)} ms · consulta agrupada ${tl.grouped_query_median_ms.toFixed(1)} ms (meta < 100 ms) · re-análisis de ${tl.rescreen_districts} distritos ${(tl.rescreen_ms / 1000).toFixed(1)} s (meta < 5 s), ${tl.rescreen_changes} municipios con cambios`
);

log('» Capas del equipo en Chromium: subida por HTTP y segundo navegador (sin y con caché)');
const tb = await teamLayerBrowserBench();
const visitLine = (v: typeof tb.first) =>
  `dibujada (deck.gl) ${v.drawn_ms.toFixed(0)} ms · en DuckDB ${v.in_duckdb_ms.toFixed(0)} ms, de ellos ${v.waiting_for_engine_ms.toFixed(0)} ms esperando el motor de la página · en el motor de cruces ${(v.overlay_worker_ms / 1000).toFixed(1)} s · dibujada a ${(v.since_navigation_drawn_ms / 1000).toFixed(1)} s de la navegación`;
log(`  subida HTTP ${(tb.upload_http_ms / 1000).toFixed(1)} s`);
log(`  primera vez: ${visitLine(tb.first)}`);
log(`  con caché (meta < 1 s): ${visitLine(tb.cached)}`);

log('» Red real: Chromium a 10 Mbit/s de bajada, 5 de subida, 40 ms de ida y vuelta');
const nt = await networkThrottledBench();
for (const line of networkThrottledLines(nt)) log(line);

const results = {
  date: started,
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version },
  kernel_noisy_20k_x_500: { ...k, speedup_geos_vs_turf: k.turf_ms / k.geos_ms },
  country_in_process_single_thread: inProcess,
  country_command: {
    median_ms: cmd,
    two_threads_median_ms: cmd2,
    pairs: plain[0]!.pairs,
    total_ha: total,
    vs_native_geos_3_1_s: cmd / 1000 / NATIVE_GEOS_S,
    turf_only_estimate_s: turfCountry,
    speedup_vs_turf_only: turfCountry / (cmd / 1000)
  },
  sampled_pairs: {
    ...sample,
    speedup_geos_vs_turf: sample.turf_ms_per_pair / sample.geos_ms_per_pair
  },
  nordeste_rescreen: nd,
  raster_zonal_nordeste: rz,
  raster_real_caqueta: rr,
  team_layer_fixture_10k: tl,
  team_layer_browser_10k: tb,
  network_throttled_10mbit: nt,
  import_large_shapefile: {
    bytes: importBytes,
    features: imported.features.length,
    ms: importMs,
    crs: imported.crs.epsg
  }
};
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
log(
  `\nComando completo: ${(cmd / 1000).toFixed(2)} s = ${(results.country_command.vs_native_geos_3_1_s * 100).toFixed(0)} % de GEOS nativo (3,1 s); ${results.country_command.speedup_vs_turf_only.toFixed(0)}× más rápido que Turf solo. Resultados en bench/results.json`
);
