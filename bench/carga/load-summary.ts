// The figures of one load phase: acknowledged comments per second, latency of the comment POSTs
// that got 201 and of the staff actions that succeeded, and every status seen (0: no answer).
import { latency, type LatencySummary } from './latency';
import type { LoadResult, Sample } from './run-load';

export interface LoadSummary {
  acknowledged: number;
  posts: number;
  elapsed_s: number;
  comments_per_s: number;
  comment_post: LatencySummary;
  staff_action: LatencySummary;
  post_statuses: Record<string, number>;
  staff_statuses: Record<string, number>;
  /** Posts that got no answer (connection refused or reset, or timed out): never acknowledged. */
  connection_failures: number;
  timeouts: number;
  gave_up: number;
  throttled: number;
  acknowledged_by_instance: Record<string, number>;
}

const histogram = (samples: readonly Sample[]) => {
  const h: Record<string, number> = {};
  for (const s of samples) h[String(s.status)] = (h[String(s.status)] ?? 0) + 1;
  return h;
};

export function loadSummary(r: LoadResult): LoadSummary {
  const byInstance: Record<string, number> = {};
  for (const a of r.acked) byInstance[a.instance] = (byInstance[a.instance] ?? 0) + 1;
  const elapsed = r.elapsedMs / 1000;
  return {
    acknowledged: r.acked.length,
    posts: r.posts.length,
    elapsed_s: elapsed,
    comments_per_s: r.acked.length / elapsed,
    comment_post: latency(r.posts.filter((s) => s.status === 201).map((s) => s.ms)),
    staff_action: latency(r.staff.filter((s) => s.status === 200).map((s) => s.ms)),
    post_statuses: histogram(r.posts),
    staff_statuses: histogram(r.staff),
    connection_failures: r.posts.filter((s) => s.status === 0).length,
    timeouts: r.posts.filter((s) => s.error === 'timeout').length,
    gave_up: r.gaveUp,
    throttled: r.throttled,
    acknowledged_by_instance: byInstance
  };
}
