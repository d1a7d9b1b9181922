// Node only: a full overlay split over worker threads by municipio (each thread prepares its share
// of municipios and the whole layer), then merged. Used by the command line and the benchmark.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { mergeOverlayResults } from '../geo/merge-overlay-results';
import { OverlaySession, type SessionMessage, type WireFeature } from '../geo/overlay-session';
import type { OverlayOptions, OverlayResult } from '../geo/overlay-types';

type ThreadMessage = SessionMessage;

// Under tsx (tests) the thread entry is TypeScript: the thread registers tsx's loader first.
// From the CLI bundle (scripts/atlas.mjs) it is the sibling overlay-thread.mjs, plain Node.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = new URL(
  FROM_SOURCE ? './overlay-thread.ts' : './overlay-thread.mjs',
  import.meta.url
);
const spawn = () =>
  FROM_SOURCE
    ? new Worker(
        `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(ENTRY.href)}); });`,
        { eval: true }
      )
    : new Worker(ENTRY);

/** Work share of the main thread relative to each worker thread. */
const MAIN_SHARE = 3;

type Reply = { ok: true; result: unknown } | { ok: false; error: string };

/** Posts every step at once (the thread runs them in order) and resolves with the last reply. */
function pipeline(worker: Worker, steps: ThreadMessage[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let pending = steps.length;
    const onError = (e: Error) => reject(e);
    const onMessage = (reply: Reply) => {
      if (!reply.ok) reject(new Error(reply.error));
      else if (--pending === 0) resolve(reply.result);
      if (!reply.ok || pending === 0) {
        worker.off('message', onMessage);
        worker.off('error', onError);
      }
    };
    worker.on('error', onError);
    worker.on('message', onMessage);
    for (const step of steps) worker.postMessage(step);
  });
}

/** Splits features into groups whose sizes (geometry text length) follow `weights`. */
function balance(features: WireFeature[], weights: number[]): WireFeature[][] {
  const size = (f: WireFeature) =>
    typeof f.geometry === 'string' ? f.geometry.length : JSON.stringify(f.geometry ?? '').length;
  const groups = weights.map((w) => ({ w, load: 0, items: [] as WireFeature[] }));
  for (const f of [...features].sort((a, b) => size(b) - size(a))) {
    const g = groups.reduce((min, x) =>
      (x.load + size(f)) / x.w < (min.load + size(f)) / min.w ? x : min
    );
    g.items.push(f);
    g.load += size(f);
  }
  return groups.map((g) => g.items);
}

async function runShare(
  target: Worker | OverlaySession,
  municipios: WireFeature[],
  layer: WireFeature[],
  options: OverlayOptions
): Promise<OverlayResult> {
  const steps: ThreadMessage[] = [
    { kind: 'load', request: { layer: 'municipios', features: municipios } },
    { kind: 'load', request: { layer: 'capa', features: layer } },
    { kind: 'overlay', request: { municipios: 'municipios', layer: 'capa', ...options } }
  ];
  if (target instanceof Worker) return (await pipeline(target, steps)) as OverlayResult;
  let result: unknown;
  for (const step of steps) result = target.handle(step);
  target.unload('municipios');
  target.unload('capa');
  return result as OverlayResult;
}

export async function overlayInThreads(
  municipios: WireFeature[],
  layer: WireFeature[],
  options: OverlayOptions & { threads?: number } = {}
): Promise<OverlayResult> {
  const { threads = Math.min(4, availableParallelism()), ...overlayOptions } = options;
  // The main thread takes a larger share: the others first spend time starting up.
  const weights = Array.from({ length: Math.max(1, threads) }, (_, i) =>
    i === 0 ? MAIN_SHARE : 1
  );
  const [own = [], ...shares] = balance(municipios, weights);
  const workers = shares.map(spawn);
  try {
    const session = await OverlaySession.open();
    const parts = await Promise.all([
      ...shares.map((share, i) => runShare(workers[i]!, share, layer, overlayOptions)),
      runShare(session, own, layer, overlayOptions)
    ]);
    return mergeOverlayResults(parts);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
