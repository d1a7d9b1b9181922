// The limits counted in the store hold across instances: one client address posting comments to
// the instances in turn gets exactly the configured quota in all (not once per instance), and one
// address failing to sign in on the instances in turn is throttled after the configured number
// of attempts in all.
import { clientAddress, PHASE } from './client-address';
import { postComment } from './post-comment';
import type { Ack } from './run-load';
import { staffSignIn } from './staff-sign-in';
import type { Instance } from './targets';

/** SIGN_IN_LIMIT of src/routes/equipo/ingresar/+page.server.ts (10 per 15 minutes). */
export const SIGN_IN_LIMIT = 10;

export interface LimitsResult {
  comments: { quota: number; sent: number; accepted: number; throttled: number; other: number };
  signIn: { limit: number; sent: number; refused: number; throttled: number; other: number };
  perInstance: Record<string, { accepted: number; signInRefused: number }>;
  commentsOk: boolean;
  signInOk: boolean;
  acked: Ack[];
}

export async function checkLimits(
  instances: Instance[],
  district: string,
  quota: number
): Promise<LimitsResult> {
  const r: LimitsResult = {
    comments: { quota, sent: 0, accepted: 0, throttled: 0, other: 0 },
    signIn: { limit: SIGN_IN_LIMIT, sent: 0, refused: 0, throttled: 0, other: 0 },
    perInstance: Object.fromEntries(
      instances.map((i) => [i.name, { accepted: 0, signInRefused: 0 }])
    ),
    commentsOk: false,
    signInOk: false,
    acked: []
  };
  const address = clientAddress(PHASE.limites, 1);
  // Sequential, so that the counts are exact; one instance each turn.
  const posts = quota * instances.length + 4;
  for (let k = 0; k < posts; k++) {
    const i = instances[k % instances.length]!;
    const token = `carga-cuota-${k}`;
    const res = await postComment(i.url, district, address, token, k);
    r.comments.sent++;
    if (res.status === 201) {
      r.comments.accepted++;
      r.perInstance[i.name]!.accepted++;
      r.acked.push({
        token,
        id: (JSON.parse(res.body) as { id: number }).id,
        instance: i.name,
        at: res.at
      });
    } else if (res.status === 429) r.comments.throttled++;
    else r.comments.other++;
  }
  const wrong = { email: 'nadie@carga.gov.co', password: 'no-es-la-clave-1234' };
  const signInAddress = clientAddress(PHASE.limites, 2);
  for (let k = 0; k < SIGN_IN_LIMIT * instances.length + 2; k++) {
    const i = instances[k % instances.length]!;
    const res = await staffSignIn(i.url, wrong, signInAddress);
    r.signIn.sent++;
    if (res.status === 400) {
      r.signIn.refused++;
      r.perInstance[i.name]!.signInRefused++;
    } else if (res.status === 429) r.signIn.throttled++;
    else r.signIn.other++;
  }
  r.commentsOk = r.comments.accepted === quota && r.comments.other === 0;
  r.signInOk = r.signIn.refused === SIGN_IN_LIMIT && r.signIn.other === 0;
  return r;
}
