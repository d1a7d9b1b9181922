// Byte-level fuzzing of the table and raster loaders (issue 4): readTable (CSV), readWorkbook
// (XLSX), readGeotiff and rasterTable (GeoTIFF → zonal statistics over the overlay session). Valid
// inputs are damaged at random — bytes flipped, the file truncated, a chunk duplicated, a range
// zeroed — and each damaged input must either load or be refused with an ImportError, promptly,
// without harming the tables loaded before nor the overlay session.
// Test fixtures, built at run time: the first 40 rows of the PDET list (shared data) as published
// (UTF-8, commas) and as Excel re-saves it (windows-1252, semicolons, leading zeros lost; both in
// test/fixtures/fuzz-table-inputs.ts); the same
// rows as a workbook written with exceljs under a title row (deflated as written, and re-zipped
// stored so damage reaches the XML); two small GeoTIFFs over Medellín written with geotiff's
// writer, one in degrees (EPSG:4326, two classes) and one in EPSG:9377 (a float field).
// The generator is the seeded LCG of test/fixtures/fuzz-mutations.ts: the seed is printed, and
// IMPORT_FUZZ_SEED=<n> replays a run (IMPORT_FUZZ_ROUNDS=<n> runs n rounds instead of 750).
// IMPORT_FUZZ_DUMP=<dir> writes there the inputs that fail with anything but an ImportError, or
// load as something implausible, as <seed>-<round>-<loader>-<file>. IMPORT_FUZZ_TRACE=<file>
// appends each input's name there before it runs: it names an input that crashes the process
// (V8 aborts on some damaged workbooks), which no assertion can report.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { writeArrayBuffer } from 'geotiff';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../src/lib/import/import-error';
import { rasterTable } from '../src/lib/import/raster-table';
import { readGeotiff } from '../src/lib/import/read-geotiff';
import { readTable, type ImportedTable } from '../src/lib/import/read-table';
import { readWorkbook } from '../src/lib/import/read-workbook';
import { SUPPORTED_CRS } from '../src/lib/import/supported-crs';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { OverlaySession } from '../src/lib/geo/overlay-session';
import type { RasterGrid } from '../src/lib/geo/raster-grid';
import { attempt, fuzzSeed, lcg, mutate, type Attempt } from './fixtures/fuzz-mutations';
import { csvLatin1, csvUtf8, PDET, ROWS, source } from './fixtures/fuzz-table-inputs';

const SEED = fuzzSeed();
/** Mutated inputs per base (eight bases: 6,000 inputs in all, about 6 s on a quiet machine). */
const MUTATIONS_PER_BASE = Number(process.env.IMPORT_FUZZ_ROUNDS ?? 750);
const TIME_LIMIT_MS = 2000;

const municipios = await readArrowRows('data', 'municipios');
const known = new Set(municipios.map((r) => String(r.code)));
// The overlay session of the app, with Medellín and its neighbour Bello.
const session = await OverlaySession.open();
session.load({
  layer: 'municipios',
  features: rowsToWire(
    municipios.filter((r) => ['05001', '05088'].includes(String(r.code))),
    'code'
  )
});

// --- Valid inputs (test fixtures) ---

const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * A workbook with a title row above the header and numeric codes (as Excel keeps them). The dates
 * exceljs stamps (document properties, zip entries) are fixed so that a seed replays exactly.
 */
async function workbooks(): Promise<[InputFile, InputFile]> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = FIXED_DATE;
  wb.addWorksheet('Nota').addRow(['Municipios PDET (UARIV, IRV 2022)']);
  const ws = wb.addWorksheet('Municipios');
  ws.addRow(['Municipios PDET']);
  ws.addRow(source.columns.map((c) => (c === 'cod_dane_mpio' ? 'Código' : c)));
  for (const r of ROWS)
    ws.addRow(
      source.columns.map((c) => (c.startsWith('cod') || c === 'pdet' ? Number(r[c]) : r[c]))
    );
  const entries = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  return [
    { name: 'pdet.xlsx', bytes: zipSync(entries, { level: 6, mtime: FIXED_DATE }) },
    { name: 'pdet-stored.xlsx', bytes: zipSync(entries, { level: 0, mtime: FIXED_DATE }) }
  ];
}

/** A 40 × 40 integer raster in degrees: class 1 west of −75.55, class 2 east of it. */
function tiffDegrees(): InputFile {
  const [west, north, d, size] = [-75.75, 6.45, 0.01, 40];
  const values = Array.from({ length: size * size }, (_, i) =>
    west + ((i % size) + 0.5) * d < -75.55 ? 1 : 2
  );
  const bytes = writeArrayBuffer(values, {
    width: size,
    height: size,
    ModelPixelScale: [d, d, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GeographicTypeGeoKey: 4326
  });
  return { name: 'clases-4326.tif', bytes: new Uint8Array(bytes) };
}

/** A 45 × 55 float raster of 1 km pixels in EPSG:9377 over lon −75.75…, lat 6.5…; value = f(x). */
function tiffOrigenNacional(): InputFile {
  const toGrid = proj4(
    '+proj=longlat +ellps=GRS80 +no_defs',
    SUPPORTED_CRS.find((c) => c.epsg === 9377)!.proj4
  );
  const [west, north] = toGrid.forward([-75.75, 6.5]).map((v) => Math.round(v / 1000) * 1000) as [
    number,
    number
  ];
  const [width, height, d] = [45, 55, 1000];
  const values = Float32Array.from({ length: width * height }, (_, i) => (i % width) * 0.25 + 1.5);
  const bytes = writeArrayBuffer(values, {
    width,
    height,
    ModelPixelScale: [d, d, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    ProjectedCSTypeGeoKey: 9377,
    BitsPerSample: [32],
    SampleFormat: [3]
  });
  return { name: 'campo-9377.tif', bytes: new Uint8Array(bytes) };
}

// --- Plausibility of what a loader accepts ---

const CODE = /^\d{5}$/;

/** The checks an accepted result fails, as text ('' when it passes them all). */
const failing = (checks: [string, boolean][]) =>
  checks
    .filter(([, ok]) => !ok)
    .map(([what]) => what)
    .join('; ');

/** What ImportedTable promises: text rows under 5-digit codes, the key and numbers among the columns. */
const tableProblems = (t: ImportedTable) =>
  failing([
    ['key column not among the columns', t.columns.includes(t.keyColumn)],
    ['numeric column not among the columns', t.numeric.every((c) => t.columns.includes(c))],
    [
      'a row not under a 5-digit code, or not all text',
      [...t.rows].every(
        ([code, row]) =>
          CODE.test(code) &&
          row[t.keyColumn] === code &&
          Object.values(row).every((v) => typeof v === 'string')
      )
    ]
  ]);

/** A grid: positive integer size, one value per pixel, finite north-up geometry. */
const gridProblems = (g: RasterGrid) =>
  failing([
    [
      `size ${g.width} × ${g.height}`,
      [g.width, g.height].every((n) => Number.isInteger(n) && n > 0)
    ],
    [
      `${g.values.length} values for ${g.width} × ${g.height} pixels`,
      g.values.length === g.width * g.height
    ],
    [
      `geometry ${[g.west, g.north, g.dx, g.dy].join(', ')}`,
      [g.west, g.north, g.dx, g.dy].every(Number.isFinite) && g.dx > 0 && g.dy > 0
    ]
  ]);

/** A raster table: only the two loaded municipios, and every statistic a finite number. */
const rasterProblems = (t: ImportedTable) =>
  tableProblems(t) ||
  failing([
    [
      'a municipio not loaded, or a statistic that is not a finite number',
      [...t.rows].every(
        ([code, row]) =>
          ['05001', '05088'].includes(code) &&
          t.numeric.every((c) => row[c] !== undefined && Number.isFinite(Number(row[c])))
      )
    ]
  ]);

// --- The run ---

type Loaded = ImportedTable | (RasterGrid & { warnings: string[] });

interface Outcome extends Attempt<Loaded> {
  loader: string;
  base: string;
  /** The round of the run (with the seed and the base, it names the input). */
  round: number;
  mutation: string;
  /** What an accepted result breaks of its type's promise ('' for nothing). */
  problems?: string;
  /** The damaged bytes, kept for the inputs that failed otherwise than ImportError or load amiss. */
  bytes?: Uint8Array;
}

/** An input's name: its round, its base file and the damage done ("#12 pdet.csv: flip 3"). */
const input = (o: Pick<Outcome, 'round' | 'base' | 'mutation'>) =>
  `#${o.round} ${o.base}: ${o.mutation}`;

/** The first frame of a stack, and the first in the app's code (where it failed to catch). */
function frames(error: unknown): string {
  const lines = error instanceof Error ? (error.stack?.split('\n').slice(1) ?? []) : [];
  const app = lines.find((l) => l.includes('/src/lib/'));
  // "at f (file:line:col)" → "f (file:line:col)", the alias of a method call dropped.
  const frame = (l: string) =>
    l
      .trim()
      .replace(/^at (Object\.)?/, '')
      .replace(/ \[as \w+\]/, '');
  return [lines[0], app]
    .filter((l) => l !== undefined)
    .map(frame)
    .join(' … ');
}

/** Failures grouped by loader, error class and place, with the first inputs that raised them. */
function groupFailures(failed: Outcome[]) {
  const groups = new Map<string, { loader: string; error: string; at: string; inputs: string[] }>();
  for (const o of failed) {
    const at = frames(o.error);
    const name = o.error instanceof Error ? o.error.name : typeof o.error;
    const key = `${o.loader} ${name} ${at}`;
    const g = groups.get(key) ?? { loader: o.loader, error: String(o.error), at, inputs: [] };
    g.inputs.push(input(o));
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    ...g,
    count: g.inputs.length,
    inputs: g.inputs.slice(0, 5)
  }));
}

interface Base {
  loader: 'readTable' | 'readWorkbook' | 'readGeotiff' | 'rasterTable';
  file: InputFile;
  load: (file: InputFile) => Loaded | Promise<Loaded>;
  problems: (value: Loaded) => string;
}

describe('table and raster loaders under byte-level damage', () => {
  it('refuse damaged files only with ImportError, promptly, and harm no loaded table', async () => {
    const rng = lcg(SEED);
    const [xlsx, xlsxStored] = await workbooks();
    const [degrees, projected] = [tiffDegrees(), tiffOrigenNacional()];
    const table = (file: InputFile) => readTable(file, known);
    const workbook = (file: InputFile) => readWorkbook(file, known);
    const raster = (file: InputFile) => rasterTable(session, 'municipios', file);
    const ofTable = (v: Loaded) => tableProblems(v as ImportedTable);
    const ofGrid = (v: Loaded) => gridProblems(v as RasterGrid);
    const ofRaster = (v: Loaded) => rasterProblems(v as ImportedTable);
    const bases: Base[] = [
      { loader: 'readTable', file: csvUtf8(), load: table, problems: ofTable },
      { loader: 'readTable', file: csvLatin1(), load: table, problems: ofTable },
      { loader: 'readWorkbook', file: xlsx, load: workbook, problems: ofTable },
      { loader: 'readWorkbook', file: xlsxStored, load: workbook, problems: ofTable },
      { loader: 'readGeotiff', file: degrees, load: readGeotiff, problems: ofGrid },
      { loader: 'readGeotiff', file: projected, load: readGeotiff, problems: ofGrid },
      { loader: 'rasterTable', file: degrees, load: raster, problems: ofRaster },
      { loader: 'rasterTable', file: projected, load: raster, problems: ofRaster }
    ];
    const originals = bases.map((b) => b.file.bytes.slice());

    // Every base loads as it is.
    for (const b of bases) {
      const value = await b.load(b.file);
      expect(b.problems(value), `${b.loader}(${b.file.name})`).toBe('');
    }

    // Tables loaded before the damage, and deep copies of them to compare with afterwards.
    const pdet = readTable({ name: 'pdet.csv', bytes: new TextEncoder().encode(PDET) }, known);
    expect(pdet.rows.size).toBe(170);
    const rasters = [await raster(degrees), await raster(projected)];
    expect(rasters.map((t) => [...t.rows.keys()].sort())).toEqual([
      ['05001', '05088'],
      ['05001', '05088']
    ]);
    const snapshot = structuredClone({ pdet, rasters });

    // Rejections nobody awaits (a loader's stray promise) are failures too.
    // Noticed after the loader settles: `during` names the input then running or just run.
    const unhandled: { during: string; error: string; at: string }[] = [];
    let during = '';
    const onUnhandled = (reason: unknown) =>
      unhandled.push({ during, error: String(reason), at: frames(reason) });
    process.on('unhandledRejection', onUnhandled);

    const outcomes: Outcome[] = [];
    const trace = process.env.IMPORT_FUZZ_TRACE;
    try {
      for (let i = 0; i < MUTATIONS_PER_BASE; i++) {
        for (const b of bases) {
          const [bytes, mutation] = mutate(rng, b.file.bytes);
          const file = { name: b.file.name, bytes };
          during = `${b.loader} ${input({ round: i, base: b.file.name, mutation })}`;
          if (trace) appendFileSync(trace, `${during}\n`);
          // The value is checked here and not kept: 6,000 loaded tables and grids add up.
          const { value, ...a } = await attempt(() => b.load(file), TIME_LIMIT_MS * 2);
          // A turn of the event loop, for a stray rejection to surface while `during` names it.
          await new Promise((resolve) => setImmediate(resolve));
          const problems = value === undefined ? undefined : b.problems(value);
          const kept = a.result === 'other-error' || problems ? { bytes } : {};
          outcomes.push({
            loader: b.loader,
            base: b.file.name,
            round: i,
            mutation,
            problems,
            ...a,
            ...kept
          });
        }
      }
      // Let any stray rejection surface (Node reports them after a macrotask) before the listener goes.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }

    const loaders = [...new Set(bases.map((b) => b.loader))];
    const count = (loader: string, result: Outcome['result']) =>
      outcomes.filter((o) => o.loader === loader && o.result === result).length;
    const perLoader = loaders
      .map((l) => {
        const n = outcomes.filter((o) => o.loader === l);
        const max = Math.max(...n.map((o) => o.ms));
        const total = n.reduce((sum, o) => sum + o.ms, 0) / 1000;
        return `${l} ${n.length} (${count(l, 'accepted')}/${count(l, 'rejected')}/${count(l, 'other-error')}, max ${max.toFixed(1)} ms, ${total.toFixed(1)} s in all)`;
      })
      .join(', ');
    const maxMs = Math.max(...outcomes.map((o) => o.ms));
    const slowest = outcomes.find((o) => o.ms === maxMs);
    const accepted = outcomes.filter((o) => o.result === 'accepted');
    const implausible = accepted.filter((o) => o.problems);
    console.log(
      `import fuzz, tables and rasters (seed ${SEED}; replay with IMPORT_FUZZ_SEED=${SEED}): ` +
        `${outcomes.length} mutated inputs; per loader, inputs (accepted/rejected/other errors, time): ` +
        `${perLoader}; max ${maxMs.toFixed(1)} ms per input (${slowest?.loader} ${slowest?.base}: ` +
        `${slowest?.mutation}); ${implausible.length} of ${accepted.length} accepted results ` +
        `implausible; ${unhandled.length} unhandled rejections`
    );

    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    // Soft: every check below is reported, even when an earlier one fails.
    const others = outcomes.filter((o) => o.result === 'other-error');
    const dump = process.env.IMPORT_FUZZ_DUMP;
    if (dump) {
      mkdirSync(dump, { recursive: true });
      for (const o of [...others, ...implausible])
        writeFileSync(`${dump}/${SEED}-${o.round}-${o.loader}-${o.base}`, o.bytes!);
    }
    expect
      .soft(groupFailures(others), `rejections that are not ImportError (seed ${SEED})`)
      .toEqual([]);
    expect.soft(unhandled, 'unhandled rejections').toEqual([]);
    const slow = outcomes
      .filter((o) => o.result === 'timeout' || o.ms > TIME_LIMIT_MS)
      .map((o) => ({ loader: o.loader, input: input(o), ms: o.ms }));
    expect.soft(slow, `inputs taking more than ${TIME_LIMIT_MS} ms`).toEqual([]);
    const rejected = outcomes.filter((o) => o.result === 'rejected');
    const unnamed = rejected.filter((o) => !(o.error as Error).message.startsWith(`«${o.base}»: `));
    expect
      .soft(
        unnamed.map((o) => (o.error as Error).message),
        'rejections that do not start with «file»'
      )
      .toEqual([]);
    expect
      .soft(
        implausible.map((o) => ({
          loader: o.loader,
          input: input(o),
          problems: o.problems
        })),
        'accepted results that are not a keyed table of text, or not a whole grid'
      )
      .toEqual([]);

    // Nothing shared was damaged: the earlier tables, the inputs, the session.
    expect.soft({ pdet, rasters }).toEqual(snapshot);
    bases.forEach((b, i) => expect.soft(b.file.bytes).toEqual(originals[i]));
    expect.soft([await raster(degrees), await raster(projected)]).toEqual(snapshot.rasters);
    expect
      .soft(readTable({ name: 'pdet.csv', bytes: new TextEncoder().encode(PDET) }, known))
      .toEqual(snapshot.pdet);
  }, 60_000);
});
