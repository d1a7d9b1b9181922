// The PEG page's forms. An action as its staff form sends it (FormData) → the plain object validatePegAction reads.
// The territory is either the ticked municipios or the area drawn on the map (field `area`, GeoJSON
// text), as the choice `territorio` says; text that is not JSON is passed on as text, which the
// validation refuses in Spanish.
import { CREMA } from '../../domain/peg-action';
import { PEG_STATUSES, type PegStatus, type TechnicalConcept } from '../../domain/peg-workflow';
import type { Checked } from './checked';
import { formText } from './form-text';

export function pegFormObject(f: FormData): Record<string, unknown> {
  const s = (k: string) => {
    const v = f.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  const kind = s('territorio') === 'area' ? 'area' : s('territorio') ? 'municipios' : undefined;
  let area: unknown = null;
  const rawArea = s('area')?.trim();
  if (rawArea && kind !== 'municipios') {
    try {
      area = JSON.parse(rawArea) as unknown;
    } catch {
      area = rawArea;
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
    territory: {
      kind,
      municipios: kind === 'area' ? [] : f.getAll('municipios').map(String),
      area
    }
  };
}

export interface PegMove {
  id: number;
  to: PegStatus;
  concept: TechnicalConcept | null;
  note: string | null;
}

/** A step of an action's workflow; the store checks the transition (RuleError `peg-transition`). */
export function readPegMove(f: FormData): Checked<PegMove> {
  const to = formText(f, 'estado') as PegStatus;
  if (!PEG_STATUSES.includes(to)) return { ok: false, error: 'Estado desconocido.' };
  const justification = formText(f, 'justificacion');
  return {
    ok: true,
    value: {
      id: pegActionId(f),
      to,
      concept: f.has('incluir') ? { include: f.get('incluir') === 'si', justification } : null,
      note: formText(f, 'nota') || null
    }
  };
}

/** The action a workflow form is about (NaN when absent: the store answers 404). */
export const pegActionId = (f: FormData): number => Number(formText(f, 'id'));
