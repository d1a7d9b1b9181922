// Request counting shared by every app instance on the database (contract.ts): the public comment
// rate and staff sign-in throttling hold whichever instance a client reaches.

export interface RateLimitStore {
  /** Counts one request of `key` (a client's address) in `bucket`, as a sliding log of
   * `windowMs`: 0 when it is within `limit`, else the seconds to wait (≥ 1), and then the refused
   * request is not counted. */
  take(
    bucket: string,
    key: string,
    limit: number,
    windowMs: number,
    nowMs: number
  ): Promise<number>;
}
