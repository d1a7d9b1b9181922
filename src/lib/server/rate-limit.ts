// The rate of public writes (comments) per client address, counted in the store so it holds across
// app instances (RateLimitStore). ATLAS_COMMENT_RATE="<n>/<seconds>" sets it (default 10 per
// minute).

/** `"10/60"` → 10 per 60 s; anything else → the default. */
export function rateFromEnv(value: string | undefined): { limit: number; windowMs: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? '');
  if (m && Number(m[1]) > 0 && Number(m[2]) > 0)
    return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 };
  return { limit: 10, windowMs: 60_000 };
}
