// The vertex runs (rings or lines) of some features of a PolygonBuffers layer, as a path layer
// draws them (a highlight): their vertices copied into one array and where each run starts.
export interface RunPaths {
  positions: Float32Array;
  /** First vertex of each run, plus the end. */
  starts: Uint32Array;
}

/** `starts` (runs + 1) delimit runs of `positions` (x, y pairs); `feature` names each run's
 * feature, an index into `featureKeys`. */
export function runsOfFeatures(
  featureKeys: readonly string[],
  runs: { positions: Float64Array; starts: Uint32Array; feature: Uint32Array },
  keys: readonly string[]
): RunPaths {
  const wanted = new Set(keys);
  const picked: number[] = [];
  let vertices = 0;
  for (let r = 0; r < runs.feature.length; r++) {
    if (!wanted.has(featureKeys[runs.feature[r]!]!)) continue;
    picked.push(r);
    vertices += runs.starts[r + 1]! - runs.starts[r]!;
  }
  const positions = new Float32Array(vertices * 2);
  const starts = new Uint32Array(picked.length + 1);
  let at = 0;
  picked.forEach((r, i) => {
    const [from, to] = [runs.starts[r]!, runs.starts[r + 1]!];
    positions.set(runs.positions.subarray(from * 2, to * 2), at * 2);
    at += to - from;
    starts[i + 1] = at;
  });
  return { positions, starts };
}
