// The staff during a load phase: each member takes the next acknowledged comment and publishes it
// or answers it (alternating), on the instances in turn with fail-over, until the load is over.
import type { AckFeed } from './ack-feed';
import type { Sample } from './run-load';
import { staffAction } from './staff-action';
import { Targets, type Instance } from './targets';

export interface StaffMember {
  name: string;
  cookie: string;
  address: string;
}

const ANSWER = 'Gracias por su comentario; el equipo lo tendrá en cuenta en la sistematización.';

export async function runStaff(
  staff: StaffMember[],
  instances: Instance[],
  district: string,
  feed: AckFeed,
  deadline: number
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const path = `/equipo/publicaciones/${district}`;
  const member = async (m: StaffMember, k: number) => {
    const targets = new Targets(instances, k);
    for (let n = 0; performance.now() < deadline; n++) {
      const id = await feed.take();
      if (id === null) return;
      const target = targets.next();
      if (!target) return;
      const [action, fields]: [string, Record<string, string>] =
        n % 2 === 0
          ? ['moderar', { id: String(id), estado: 'publicado' }]
          : ['responder', { id: String(id), respuesta: ANSWER }];
      const r = await staffAction(target.url, path, action, fields, m.cookie, m.address);
      samples.push({ instance: target.name, status: r.status, ms: r.ms, at: r.at, error: r.error });
      if (r.status === 0 && r.error !== 'timeout') targets.drop(target);
    }
  };
  await Promise.all(staff.map((m, k) => member(m, k)));
  return samples;
}
