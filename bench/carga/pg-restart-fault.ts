// The PostgreSQL restart fault: a fast shutdown of the cluster, probes to every instance while it
// is down (each must answer 503 with the store's Spanish message), the cluster started again on
// the same folder and port, then each instance polled until it stores a comment again, with no
// restart of the app.
import type { ThrowawayPostgres } from '../../scripts/pg/throwaway-cluster';
import { StoreUnavailableError } from '../../src/lib/domain/errors/store-unavailable-error';
import { clientAddress, PHASE } from './client-address';
import { postComment } from './post-comment';
import type { Ack } from './run-load';
import type { Instance } from './targets';

export interface RestartResult {
  probesWhileDown: number;
  probes503: number;
  /** Probes while down whose answer was not 503 with the Spanish message. */
  probesOther: { status: number; body: string }[];
  sample: { status: number; body: string } | null;
  spanishMessage: boolean;
  downMs: number;
  /** Per instance: ms from PostgreSQL accepting connections again to its first 201. */
  recoveryMs: Record<string, number | null>;
  acked: Ack[];
}

const EXPECTED = new StoreUnavailableError().message;
const RECOVERY_DEADLINE_MS = 30_000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const messageOf = (body: string): string | null => {
  try {
    return (JSON.parse(body) as { message?: string }).message ?? null;
  } catch {
    return null;
  }
};

export function pgRestartFault(
  pg: ThrowawayPostgres,
  instances: Instance[],
  district: string,
  downMs: number
) {
  const result: RestartResult = {
    probesWhileDown: 0,
    probes503: 0,
    probesOther: [],
    sample: null,
    spanishMessage: false,
    downMs: 0,
    recoveryMs: {},
    acked: []
  };
  let n = 0;
  const probe = (i: Instance, token: string) =>
    postComment(i.url, district, clientAddress(PHASE.sondas, n++), token, n);

  const whileDown = async () => {
    const stoppedAt = performance.now();
    while (performance.now() - stoppedAt < downMs) {
      for (const i of instances) {
        const r = await probe(i, `carga-reinicio-sonda-${n}`);
        result.probesWhileDown++;
        const good = r.status === 503 && messageOf(r.body) === EXPECTED;
        if (good) result.probes503++;
        else result.probesOther.push({ status: r.status, body: r.body.slice(0, 200) });
        result.sample ??= good ? { status: r.status, body: r.body } : null;
      }
      await pause(150);
    }
    result.downMs = performance.now() - stoppedAt;
  };

  const recover = async (i: Instance, upAt: number) => {
    while (performance.now() - upAt < RECOVERY_DEADLINE_MS) {
      const token = `carga-reinicio-vuelta-${i.name}-${n}`;
      const r = await probe(i, token);
      if (r.status === 201) {
        result.recoveryMs[i.name] = r.at - upAt;
        result.acked.push({
          token,
          id: (JSON.parse(r.body) as { id: number }).id,
          instance: i.name,
          at: r.at
        });
        return;
      }
      await pause(100);
    }
    result.recoveryMs[i.name] = null;
  };

  const run = async () => {
    await pg.restart(whileDown);
    const upAt = performance.now();
    await Promise.all(instances.map((i) => recover(i, upAt)));
    result.spanishMessage = result.sample !== null;
  };
  return { run, result };
}
