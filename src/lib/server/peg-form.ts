// A PEG action as its staff form sends it (FormData) → the plain object validatePegAction reads.
import { CREMA } from '../domain/peg-action';

export function pegFormObject(f: FormData): Record<string, unknown> {
  const s = (k: string) => {
    const v = f.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  let area: unknown = null;
  const rawArea = s('area');
  if (rawArea) {
    try {
      area = JSON.parse(rawArea) as unknown;
    } catch {
      area = 'inválida';
    }
  }
  return {
    component: s('component'),
    hito: s('hito'),
    action: s('action'),
    entity: s('entity'),
    contact: s('contact'),
    email: s('email'),
    indicator: s('indicator'),
    crema: Object.fromEntries(CREMA.map((c) => [c, f.get(`crema_${c}`) === 'on'])),
    baseline: s('baseline'),
    targets: [1, 2, 3, 4].map((y) => s(`target${y}`)),
    budget_cop: s('budget_cop'),
    start_date: s('start_date'),
    impact: s('impact'),
    level: s('level'),
    territory: { municipios: f.getAll('municipios').map(String), area }
  };
}
