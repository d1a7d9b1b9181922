// Percentiles of request durations (nearest rank), in ms.

export interface LatencySummary {
  n: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

export function latency(ms: readonly number[]): LatencySummary {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) =>
    s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : 0;
  return { n: s.length, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: s[s.length - 1] ?? 0 };
}
