// One HTTP request, timed: its status (0 when no answer came: connection refused or reset, or
// 'timeout'), its body as text and how long it took. Never throws.

export interface Timed {
  status: number;
  ms: number;
  /** performance.now() when it finished. */
  at: number;
  body: string;
  headers?: Headers;
  error?: string;
}

const TIMEOUT_MS = 15_000;

export async function timedRequest(url: string, init: RequestInit): Promise<Timed> {
  const start = performance.now();
  try {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS)
    });
    const body = await res.text();
    const at = performance.now();
    return { status: res.status, ms: at - start, at, body, headers: res.headers };
  } catch (e) {
    const at = performance.now();
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    const error = (e as Error).name === 'TimeoutError' ? 'timeout' : (cause ?? String(e));
    return { status: 0, ms: at - start, at, body: '', error };
  }
}
