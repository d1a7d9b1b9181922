// Per-client rate limit of public writes (comments): at most `limit` requests per `windowMs` for
// each key (the client's address), as a sliding log. In memory: it protects one server process,
// which is how the app runs. ATLAS_COMMENT_RATE="<n>/<seconds>" sets it (default 10 per minute).

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** Counts a request; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((h) => h > t - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(t);
    return 0;
  }

  private sweep(t: number): void {
    for (const [k, v] of this.hits) if (!v.some((h) => h > t - this.windowMs)) this.hits.delete(k);
  }
}

/** `"10/60"` → 10 per 60 s; anything else → the default. */
export function rateFromEnv(value: string | undefined): { limit: number; windowMs: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? '');
  if (m && Number(m[1]) > 0 && Number(m[2]) > 0)
    return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 };
  return { limit: 10, windowMs: 60_000 };
}
