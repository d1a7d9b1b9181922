// One load phase: `clients` concurrent public clients post `comments` comments in all, each client
// its own address and round-robin over the instances (failing over when one dies), while the staff
// moderate and answer what is acknowledged. A fault (kill an instance, restart PostgreSQL) runs
// once half of the comments are acknowledged. A comment that fails (503, dead instance, no answer
// in time) is retried with a new token (after a short back-off, except on a dead instance); a 429
// is legit load throttled: given up.
import { AckFeed } from './ack-feed';
import { clientAddress } from './client-address';
import { postComment } from './post-comment';
import { runStaff, type StaffMember } from './run-staff';
import { Targets, type Instance } from './targets';

export interface LoadOptions {
  /** Address phase (client-address.ts) and the tokens' prefix. */
  phase: number;
  label: string;
  district: string;
  instances: Instance[];
  clients: number;
  comments: number;
  maxAttempts: number;
  deadlineMs: number;
  staff: StaffMember[];
  fault?: () => Promise<void>;
}

export interface Ack {
  token: string;
  id: number;
  instance: string;
  at: number;
}

export interface Sample {
  instance: string;
  status: number;
  ms: number;
  at: number;
  /** Why no answer came (status 0): a connection error code or 'timeout'. */
  error?: string;
}

export interface LoadResult {
  acked: Ack[];
  posts: Sample[];
  staff: Sample[];
  /** Comments given up after maxAttempts, a 429, or with no live instance left. */
  gaveUp: number;
  throttled: number;
  startedAt: number;
  elapsedMs: number;
  faultStartedAt: number | null;
  faultEndedAt: number | null;
  faultError: string | null;
}

const backOff = () => new Promise((r) => setTimeout(r, 150 + Math.random() * 150));

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const acked: Ack[] = [];
  const posts: Sample[] = [];
  const feed = new AckFeed();
  const startedAt = performance.now();
  const deadline = startedAt + o.deadlineMs;
  let gaveUp = 0;
  let throttled = 0;
  let fault: Promise<void> | null = null;
  let faultStartedAt: number | null = null;
  let faultEndedAt: number | null = null;
  let faultError: string | null = null;
  const half = Math.ceil(o.comments / 2);

  const startFault = () => {
    if (fault || !o.fault || acked.length < half) return;
    faultStartedAt = performance.now();
    fault = o
      .fault()
      .catch((e: unknown) => {
        faultError = e instanceof Error ? e.message : String(e);
      })
      .finally(() => {
        faultEndedAt = performance.now();
      });
  };

  const client = async (c: number) => {
    const address = clientAddress(o.phase, c);
    const targets = new Targets(o.instances, c);
    for (let n = c; n < o.comments; n += o.clients) {
      let done = false;
      for (let attempt = 1; !done && attempt <= o.maxAttempts; attempt++) {
        if (performance.now() > deadline) break;
        const target = targets.next();
        if (!target) break;
        const token = `carga-${o.label}-${c}-${n}-${attempt}`;
        const r = await postComment(target.url, o.district, address, token, n);
        posts.push({ instance: target.name, status: r.status, ms: r.ms, at: r.at, error: r.error });
        if (r.status === 201) {
          const id = (JSON.parse(r.body) as { id: number }).id;
          acked.push({ token, id, instance: target.name, at: r.at });
          feed.push(id);
          startFault();
          done = true;
        } else if (r.status === 0 && r.error !== 'timeout') {
          targets.drop(target); // connection refused or reset: fail over, retry at once
        } else if (r.status === 429) {
          throttled++;
          break;
        } else {
          await backOff();
        }
      }
      if (!done) gaveUp++;
    }
  };

  const staff = runStaff(o.staff, o.instances, o.district, feed, deadline);
  await Promise.all(Array.from({ length: o.clients }, (_, c) => client(c)));
  const elapsedMs = performance.now() - startedAt;
  feed.close();
  const staffSamples = await staff;
  if (fault) await fault;
  return {
    acked,
    posts,
    staff: staffSamples,
    gaveUp,
    throttled,
    startedAt,
    elapsedMs,
    faultStartedAt,
    faultEndedAt,
    faultError
  };
}
