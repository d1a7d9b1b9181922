// Sliding-log rate limits on PostgreSQL (as sqlite-rate-limit-store.ts): one transaction per
// request holding the advisory lock of its (bucket, key), so two instances cannot both take the
// last place.
import type { RateLimitStore } from '../../../domain/store/rate-limit-store';
import type { PgDatabase } from './pg-database';
import { lockKey } from './pg-util';

/** Every this many requests, hits older than their window are swept for every key. */
const SWEEP_EVERY = 1000;

export class PgRateLimitStore implements RateLimitStore {
  private taken = 0;

  constructor(private readonly db: PgDatabase) {}

  take(
    bucket: string,
    key: string,
    limit: number,
    windowMs: number,
    nowMs: number
  ): Promise<number> {
    const sweep = ++this.taken % SWEEP_EVERY === 0;
    return this.db.tx(async (c) => {
      await lockKey(c, `rate:${bucket}`, key);
      const since = nowMs - windowMs;
      if (sweep)
        await c.query('DELETE FROM rate_hits WHERE bucket = $1 AND at_ms <= $2', [bucket, since]);
      else
        await c.query('DELETE FROM rate_hits WHERE bucket = $1 AND key = $2 AND at_ms <= $3', [
          bucket,
          key,
          since
        ]);
      const [recent] = await c.query<{ n: number; oldest: number | null }>(
        'SELECT count(*) AS n, min(at_ms) AS oldest FROM rate_hits WHERE bucket = $1 AND key = $2',
        [bucket, key]
      );
      const { n, oldest } = recent!;
      if (n >= limit) return Math.max(1, Math.ceil((oldest! + windowMs - nowMs) / 1000));
      await c.query('INSERT INTO rate_hits (bucket, key, at_ms) VALUES ($1, $2, $3)', [
        bucket,
        key,
        nowMs
      ]);
      return 0;
    });
  }
}
