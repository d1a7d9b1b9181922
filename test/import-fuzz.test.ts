// Byte-level fuzzing of importLayer: valid hand-made inputs (a zipped EPSG:9377 shapefile, the
// loose .shp + .dbf of a shapefile in degrees, a GeoJSON) are damaged at random — bytes flipped,
// the file truncated, a chunk duplicated, a range zeroed — and each damaged input must either
// import or be refused with an ImportError, promptly, without harming anything else.
// The generator is a seeded LCG (test/fixtures/fuzz-mutations.ts): the seed is printed, and
// IMPORT_FUZZ_SEED=<n> replays a run. The inputs are in test/fixtures/fuzz-layer-inputs.ts.
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ImportError, type InputFile } from '../src/lib/import/import-error';
import { importLayer } from '../src/lib/import/import-layer';
import type { ImportedLayer } from '../src/lib/import/imported-layer';
import { attempt, fuzzSeed, lcg, mutate, type Attempt } from './fixtures/fuzz-mutations';
import { CELLS, geojson, looseShapefile, zippedShapefile } from './fixtures/fuzz-layer-inputs';

const SEED = fuzzSeed();
/** Mutated inputs per base input (three bases: 1,500 inputs in all, about 2 s). */
const MUTATIONS_PER_BASE = 500;
const TIME_LIMIT_MS = 2000;

// --- The run ---

interface Outcome extends Attempt<ImportedLayer> {
  base: string;
  mutation: string;
  /** The names a rejection may start with; undefined: any (names inside a damaged zip). */
  names?: string[];
}

/** Whether an accepted layer holds what ImportedLayer promises: lon/lat pairs and properties. */
function plausible(layer: ImportedLayer): boolean {
  const position = (c: unknown) =>
    Array.isArray(c) &&
    c.length === 2 &&
    c.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    Math.abs(c[0] as number) <= 180 &&
    Math.abs(c[1] as number) <= 90;
  // Empty coordinate arrays are allowed (RFC 7946, 3.1: an empty geometry).
  const coordinates = (c: unknown): boolean =>
    Array.isArray(c) &&
    (c.length === 0 || Array.isArray(c[0]) ? c.every(coordinates) : position(c));
  const geometry = (g: Geometry): boolean =>
    g.type === 'GeometryCollection' ? g.geometries.every(geometry) : coordinates(g.coordinates);
  return layer.features.every(
    (f) =>
      typeof f.properties === 'object' &&
      !Array.isArray(f.properties) &&
      (f.geometry === null || geometry(f.geometry))
  );
}

describe('importLayer under byte-level damage', () => {
  it('refuses damaged files only with ImportError, promptly, and harms nothing shared', async () => {
    const rng = lcg(SEED);
    const stored = zippedShapefile(0);
    const deflated = zippedShapefile(6);
    const loose = looseShapefile();
    const json = geojson();
    const originals = [stored, deflated, loose.shp, loose.dbf, json].map((f) => f.bytes.slice());

    // A layer imported before the damage, and a deep copy of it to compare with afterwards.
    const before = await importLayer([deflated]);
    expect(before.features).toHaveLength(CELLS.length);
    const snapshot = structuredClone(before);

    const bases: [string, () => [InputFile[], string]][] = [
      [
        'zip',
        () => {
          // Half stored (damage reaches the .shp and .dbf), half deflated.
          const zip = rng.int(2) === 0 ? stored : deflated;
          const [bytes, how] = mutate(rng, zip.bytes);
          const method = zip === stored ? 'stored' : 'deflated';
          return [[{ name: zip.name, bytes }], `${how} (${method})`];
        }
      ],
      [
        'shp+dbf',
        () => {
          const which = rng.int(3); // 0: .shp, 1: .dbf, 2: both
          const [shp, a] = which === 1 ? [loose.shp.bytes, ''] : mutate(rng, loose.shp.bytes);
          const [dbf, b] = which === 0 ? [loose.dbf.bytes, ''] : mutate(rng, loose.dbf.bytes);
          const how = [a && `.shp: ${a}`, b && `.dbf: ${b}`].filter(Boolean).join('; ');
          const files = [
            { name: loose.shp.name, bytes: shp },
            { name: loose.dbf.name, bytes: dbf }
          ];
          return [files, how];
        }
      ],
      [
        'geojson',
        () => {
          const [bytes, how] = mutate(rng, json.bytes);
          return [[{ name: json.name, bytes }], how];
        }
      ]
    ];

    const outcomes: Outcome[] = [];
    for (let i = 0; i < MUTATIONS_PER_BASE; i++) {
      for (const [base, make] of bases) {
        const [files, mutation] = make();
        // Inside a damaged zip the entry names may be damaged too: any name is accepted there.
        const given = files.map((f) => f.name);
        const names = base === 'zip' ? undefined : [...given, given.join(', ')];
        outcomes.push({
          base,
          mutation,
          names,
          ...(await attempt(() => importLayer(files), TIME_LIMIT_MS * 2))
        });
      }
    }

    const count = (base: string, result: Outcome['result']) =>
      outcomes.filter((o) => o.base === base && o.result === result).length;
    const maxMs = Math.max(...outcomes.map((o) => o.ms));
    const slowest = outcomes.find((o) => o.ms === maxMs);
    const accepted = outcomes.filter((o) => o.value);
    const implausible = accepted.filter((o) => !plausible(o.value!));
    const perBase = bases
      .map(([base]) => `${base} ${count(base, 'accepted')}/${count(base, 'rejected')}`)
      .join(', ');
    console.log(
      `import fuzz (seed ${SEED}; replay with IMPORT_FUZZ_SEED=${SEED}): ` +
        `${outcomes.length} mutated inputs, accepted/rejected: ${perBase}; ` +
        `max ${maxMs.toFixed(1)} ms per input (${slowest?.base}: ${slowest?.mutation}); ` +
        `${implausible.length} of ${accepted.length} accepted layers hold coordinates that are ` +
        `not finite lon/lat or properties that are not an object`
    );

    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    const others = outcomes
      .filter((o) => o.result === 'other-error')
      .map((o) => ({ base: o.base, mutation: o.mutation, error: String(o.error) }));
    expect(others, 'rejections that are not ImportError').toEqual([]);
    const slow = outcomes
      .filter((o) => o.result === 'timeout' || o.ms > TIME_LIMIT_MS)
      .map((o) => ({ base: o.base, mutation: o.mutation, ms: o.ms }));
    expect(slow, `inputs taking more than ${TIME_LIMIT_MS} ms`).toEqual([]);
    const unnamed = outcomes
      .filter((o) => o.result === 'rejected')
      .map((o) => ({ names: o.names, message: (o.error as ImportError).message }))
      .filter(({ names, message }) => {
        const name = /^«(.*?)»: /s.exec(message)?.[1];
        return name === undefined || (names !== undefined && !names.includes(name));
      });
    expect(unnamed, 'rejections that do not start with «file»').toEqual([]);
    expect(
      implausible.map((o) => ({ base: o.base, mutation: o.mutation })),
      'accepted layers with non-finite or out-of-range coordinates, or non-object properties'
    ).toEqual([]);

    // Nothing shared was damaged: the earlier layer, the inputs, and a fresh import.
    expect(before).toEqual(snapshot);
    [stored, deflated, loose.shp, loose.dbf, json].forEach((f, i) =>
      expect(f.bytes).toEqual(originals[i])
    );
    expect(await importLayer([deflated])).toEqual(snapshot);
  }, 60_000);
});
