// Before measuring: one comment with a point and one with a polygon on each instance, one after
// the other, so that the first second of the load does not time the server's start-up (JIT,
// first connections). They are acknowledged writes like any other and are checked too.
import { clientAddress, PHASE } from './client-address';
import { postComment } from './post-comment';
import type { Ack } from './run-load';
import type { Instance } from './targets';

export async function warmUp(instances: Instance[], district: string, label: string) {
  const acked: Ack[] = [];
  for (const [k, i] of instances.entries())
    for (const n of [0, 1]) {
      const token = `carga-calentamiento-${label}-${i.name}-${n}`;
      const r = await postComment(i.url, district, clientAddress(PHASE.sondas, 200 + k), token, n);
      if (r.status !== 201) throw new Error(`calentamiento en ${i.name}: estado ${r.status}`);
      acked.push({
        token,
        id: (JSON.parse(r.body) as { id: number }).id,
        instance: i.name,
        at: r.at
      });
    }
  return acked;
}
