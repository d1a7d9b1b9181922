// The re-screen runs of the team layers (issue 20). Guarantees every engine keeps, on top of
// contract.ts:
// - A run moves pending → running → done, or to error from pending or running; done and error are
//   final (a later fail() leaves it as it is).
// - finish() is one transaction: the result, the status and one audit entry per district with
//   changes (action 'capa.reanalisis', the district, `capa@versión` and a one-line summary) land
//   together or not at all.
// - interrupt() is for the server's start: runs a stopped process left pending or running become
//   error with the given message (they are not re-run: a run that crashed the server would again).
//   Only abandoned runs (rescreen-abandoned.ts): those of another live instance stay as they are.
// - start() and progress() refresh the heartbeat of every unfinished run of the run's owner (its
//   queued runs too), so a live process's runs are never stale.
// - An unknown run is NotFoundError; `now` is the caller's clock (ISO instant), stored as given.
import type { AbandonRule } from '../rescreen-abandoned';
import type { CambiosOutput } from '../model/layer-rescreen';
import type { RescreenRun, RescreenRunInput } from '../model/rescreen-run';

export interface RescreenRunStore {
  /** A new pending run of `input.owner`, its heartbeat `now`. */
  create(input: RescreenRunInput, now: string): Promise<RescreenRun>;
  /** pending → running; a heartbeat. */
  start(id: number, now: string): Promise<RescreenRun>;
  /** Districts computed so far, of `total` (a running run); a heartbeat at `now`. */
  progress(id: number, done: number, total: number, now: string): Promise<void>;
  /** running → done, with its result and the audit entries of the districts that change. */
  finish(id: number, result: CambiosOutput, now: string): Promise<RescreenRun>;
  /** pending or running → error with a Spanish message; a finished run is returned unchanged. */
  fail(id: number, message: string, now: string): Promise<RescreenRun>;
  /** Every pending or running run that `rule` finds abandoned → error with `message`; the runs so
   * marked. */
  interrupt(message: string, now: string, rule: AbandonRule): Promise<RescreenRun[]>;
  get(id: number): Promise<RescreenRun>;
  /** The layer's newest run, or null when it has none. */
  latest(layerId: string): Promise<RescreenRun | null>;
  /** The result of a done run, null otherwise. */
  result(id: number): Promise<CambiosOutput | null>;
}
