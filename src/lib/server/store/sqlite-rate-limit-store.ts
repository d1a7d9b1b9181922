// Sliding-log rate limits in SQLite (rate_hits): one immediate transaction per request, so two
// processes on the same file cannot both take the last place.
import type Database from 'better-sqlite3';
import type { RateLimitStore } from '../../domain/store/rate-limit-store';
import type { Sync } from './sync-store';

/** Every this many requests, hits older than their window are swept for every key. */
const SWEEP_EVERY = 1000;

export class SqliteRateLimitStore implements Sync<RateLimitStore> {
  private readonly sql;
  private taken = 0;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      forget: db.prepare('DELETE FROM rate_hits WHERE bucket = ? AND key = ? AND at_ms <= ?'),
      recent: db.prepare<[string, string], { n: number; oldest: number | null }>(
        'SELECT count(*) AS n, min(at_ms) AS oldest FROM rate_hits WHERE bucket = ? AND key = ?'
      ),
      hit: db.prepare('INSERT INTO rate_hits (bucket, key, at_ms) VALUES (?, ?, ?)'),
      sweep: db.prepare('DELETE FROM rate_hits WHERE bucket = ? AND at_ms <= ?')
    };
  }

  take(bucket: string, key: string, limit: number, windowMs: number, nowMs: number): number {
    return this.db
      .transaction(() => {
        const since = nowMs - windowMs;
        if (++this.taken % SWEEP_EVERY === 0) this.sql.sweep.run(bucket, since);
        else this.sql.forget.run(bucket, key, since);
        const { n, oldest } = this.sql.recent.get(bucket, key)!;
        if (n >= limit) return Math.max(1, Math.ceil((oldest! + windowMs - nowMs) / 1000));
        this.sql.hit.run(bucket, key, nowMs);
        return 0;
      })
      .immediate();
  }
}
