// The server's background re-screen (issue 20): after an upload of version 2 or later of a
// polygon layer, a run is queued and every saved district is re-screened in this process, one run
// at a time, with the same function as `atlas capas cambios` (node/layer-version-rescreen.ts). The
// upload's response never waits for it; between districts the job yields to other requests. A
// failure marks the run `error` with a Spanish message and is logged; it never reaches the caller.
// Each process owns its runs (a random owner id, prefixed by ATLAS_INSTANCE when set) and beats
// their heartbeat as it works, so at start recover() interrupts only abandoned runs
// (domain/rescreen-abandoned.ts), never those of another live instance on the same database.
import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { RuleError } from '../../domain/errors/rule-error';
import type { RescreenRun } from '../../domain/model/rescreen-run';
import type { TeamLayerVersion } from '../../domain/model/team-layer';
import type { Stores } from '../../domain/store/stores';
import { runOwner } from '../../domain/rescreen-abandoned';
import { layerVersionRescreen } from '../../node/layer-version-rescreen';
import { dataDir } from '../data-dir';
import { stores } from '../store/open-store';

export const INTERRUPTED =
  'Interrumpido: el servidor se detuvo antes de terminar el re-análisis. Para repetirlo, suba de nuevo la versión.';

/** A heartbeat older than this marks its owner stopped (a district takes seconds, not minutes). */
export const STALE_MS = 10 * 60_000;

export interface RescreenOwnership {
  /** This instance's stable name: runs of its earlier processes are abandoned at once. */
  instance?: string | null;
  /** This process's owner id (default: random, after the instance name). */
  owner?: string;
  staleMs?: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const iso = () => new Date().toISOString();

function message(e: unknown): string {
  if (e instanceof RuleError || e instanceof NotFoundError) return e.message;
  const reason = e instanceof Error ? e.message : String(e);
  return `No se pudo completar el re-análisis: ${reason}`;
}

export class RescreenJobs {
  #tail: Promise<unknown> = Promise.resolve();
  readonly instance: string | null;
  readonly owner: string;
  readonly #staleMs: number;

  constructor(
    private readonly open: () => Stores,
    private readonly data: () => string,
    private readonly now: () => string = iso,
    own: RescreenOwnership = {}
  ) {
    this.instance =
      own.instance === undefined ? process.env.ATLAS_INSTANCE?.trim() || null : own.instance;
    this.owner = own.owner ?? runOwner(this.instance, randomUUID());
    this.#staleMs = own.staleMs ?? STALE_MS;
  }

  /** The run queued for a version just stored, or null when it needs none (version 1, a table). */
  async afterUpload(
    v: TeamLayerVersion
  ): Promise<{ run: RescreenRun; settled: Promise<RescreenRun | null> } | null> {
    try {
      const s = this.open();
      const entry = (await s.teamLayers.list()).find((l) => l.id === v.layer_id);
      if (!entry || entry.kind === 'tabla' || v.version < 2) return null;
      const previous = entry.versions.findLast((x) => x.version < v.version && !x.retired_at);
      const run = await s.rescreens.create(
        {
          layer_id: v.layer_id,
          version: v.version,
          previous_version: previous?.version ?? null,
          requested_by: v.uploaded_by,
          owner: this.owner
        },
        this.now()
      );
      return { run, settled: this.#queue(run.id) };
    } catch (e) {
      console.error('» No se pudo encolar el re-análisis:', e);
      return null;
    }
  }

  /** Resolves once every run queued so far has finished (done or error). */
  idle(): Promise<void> {
    return this.#tail.then(() => undefined);
  }

  /** At server start: runs a stopped process left pending or running become error (a heartbeat
   * older than the threshold, or an earlier process of this named instance); a live instance's
   * runs stay. */
  recover(): Promise<RescreenRun[]> {
    const now = this.now();
    const staleBefore = new Date(Date.parse(now) - this.#staleMs).toISOString();
    return this.open().rescreens.interrupt(INTERRUPTED, now, {
      self: this.owner,
      staleBefore,
      instance: this.instance
    });
  }

  /** Never rejects (nobody may be waiting): null when even the error could not be stored. */
  #queue(id: number): Promise<RescreenRun | null> {
    const settled = this.#tail
      .then(() => this.#run(id))
      .catch((e: unknown) => {
        console.error(`» Re-análisis ${id}: no se pudo marcar el error:`, e);
        return null;
      });
    this.#tail = settled;
    return settled;
  }

  async #run(id: number): Promise<RescreenRun> {
    await nextTurn(); // the upload's response goes out first
    const s = this.open();
    try {
      const run = await s.rescreens.start(id, this.now());
      const output = await layerVersionRescreen(s, run.layer_id, this.data(), {
        version: run.version,
        onProgress: async ({ done, total }) => {
          await s.rescreens.progress(id, done, total, this.now());
          await nextTurn();
        }
      });
      return await s.rescreens.finish(id, output, this.now());
    } catch (e) {
      console.error(`» Re-análisis ${id}:`, e);
      return await s.rescreens.fail(id, message(e), this.now());
    }
  }
}

let shared: RescreenJobs | null = null;

/** The process's queue, on the server's stores and data folder. */
export function rescreenJobs(): RescreenJobs {
  shared ??= new RescreenJobs(stores, dataDir);
  return shared;
}
