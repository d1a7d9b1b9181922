// An action of the Plan Estratégico de Gestión (guide §3.1, DOMAIN.md): component and hito, the
// entity with a contact, an indicator checked against CREMA (claro, relevante, económico,
// medible, adecuado), baseline and yearly targets over the 4-year horizon, budget, start date,
// expected impact, level and territory — municipios of the district or an area drawn on the map.
// Validation is server-side and in Spanish; the territory is what the consulta previa screen reads.
import type { Polygon } from 'geojson';
import { validateCommentGeometry } from '../geo/validate-comment-geometry';
import { PEG_COMPONENTS, type PegComponent } from './anexo2-aspects';
import { isCalendarDate, type CalendarDate } from './calendar-date';
import { parseNumber as number } from './parse-number';

export const CREMA = ['claro', 'relevante', 'economico', 'medible', 'adecuado'] as const;
export type CremaCriterion = (typeof CREMA)[number];

export const CREMA_LABELS: Record<CremaCriterion, string> = {
  claro: 'Claro: preciso e inequívoco',
  relevante: 'Relevante: apropiado para el objetivo',
  economico: 'Económico: disponible a un costo razonable',
  medible: 'Medible: se puede verificar de forma independiente',
  adecuado: 'Adecuado: base suficiente para evaluar el desempeño'
};

export type PegLevel = 'municipal' | 'departamental' | 'nacional';
export const PEG_LEVELS: readonly PegLevel[] = ['municipal', 'departamental', 'nacional'];
export const PEG_YEARS = 4;

export interface PegActionInput {
  component: PegComponent;
  hito: string;
  action: string;
  entity: string;
  contact: string;
  email: string;
  indicator: string;
  crema: Record<CremaCriterion, boolean>;
  baseline: number | null;
  /** One target per year of the plan (null: none set for that year). */
  targets: (number | null)[];
  budget_cop: number | null;
  start_date: CalendarDate;
  impact: string;
  level: PegLevel;
  territory: { municipios: string[]; area: Polygon | null };
}

export type PegValidation =
  { ok: true; value: PegActionInput } | { ok: false; errors: Record<string, string> };

/** The area field held text that is not GeoJSON (a damaged or hand-edited form). */
export const AREA_UNREADABLE =
  'El área dibujada no se pudo leer (no es GeoJSON válido): vuelva a dibujarla en el mapa.';

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

function text(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\r\n?/g, '\n').trim();
  return s && [...s].length <= max ? s : null;
}

/** `municipios`: the district's codes (an action's territory must be inside the district). */
export function validatePegAction(raw: unknown, municipios: readonly string[]): PegValidation {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const e: Record<string, string> = {};
  const need = (k: string, label: string, max = 500) => {
    const s = text(r[k], max);
    if (!s) e[k] = `${label}: obligatorio, hasta ${max} caracteres.`;
    return s ?? '';
  };
  const component = r.component as PegComponent;
  if (!PEG_COMPONENTS.includes(component)) e.component = 'Elija el componente.';
  const level = r.level as PegLevel;
  if (!PEG_LEVELS.includes(level))
    e.level = 'Elija el nivel (municipal, departamental o nacional).';
  const email = need('email', 'Correo de contacto', 254);
  if (email && !EMAIL.test(email)) e.email = 'El correo de contacto no es válido.';
  const start = r.start_date;
  if (!isCalendarDate(start)) e.start_date = 'La fecha de inicio debe ser AAAA-MM-DD.';
  const rawCrema = (r.crema ?? {}) as Record<string, unknown>;
  const crema = Object.fromEntries(
    CREMA.map((c) => [c, rawCrema[c] === true])
  ) as PegActionInput['crema'];
  const baseline = number(r.baseline);
  if (baseline === undefined) e.baseline = 'La línea base debe ser un número.';
  const rawTargets = Array.isArray(r.targets) ? r.targets : [];
  const targets = Array.from({ length: PEG_YEARS }, (_, i) => number(rawTargets[i]));
  if (targets.some((t) => t === undefined)) e.targets = 'Las metas anuales deben ser números.';
  const budget = number(r.budget_cop);
  if (budget === undefined || (budget !== null && budget < 0))
    e.budget_cop = 'El presupuesto debe ser un número en pesos, no negativo.';
  const t = (r.territory ?? {}) as { kind?: unknown; municipios?: unknown; area?: unknown };
  const codes = Array.isArray(t.municipios) ? [...new Set(t.municipios.map(String))] : [];
  const outside = codes.filter((c) => !municipios.includes(c));
  if (outside.length) e.territory = `Municipios fuera del distrito: ${outside.join(', ')}.`;
  let area: Polygon | null = null;
  if (t.area && (typeof t.area !== 'object' || Array.isArray(t.area)))
    e.territory = AREA_UNREADABLE;
  else if (t.area) {
    const g = validateCommentGeometry(t.area);
    if (g.ok && g.value.type === 'Polygon') area = g.value;
    else
      e.territory = [e.territory, g.ok ? 'El área debe ser un polígono.' : g.error]
        .filter(Boolean)
        .join(' ');
  }
  if (!codes.length && !area && !e.territory)
    e.territory =
      t.kind === 'area'
        ? 'Dibuje en el mapa el área donde se ejecuta la acción.'
        : t.kind === 'municipios'
          ? 'Marque al menos un municipio del distrito.'
          : 'Indique el territorio: municipios del distrito o un área dibujada.';
  const value = {
    component,
    hito: need('hito', 'Hito', 200),
    action: need('action', 'Acción', 1000),
    entity: need('entity', 'Entidad responsable', 200),
    contact: need('contact', 'Persona de contacto', 200),
    email,
    indicator: need('indicator', 'Indicador', 500),
    crema,
    baseline: baseline ?? null,
    targets: targets.map((x) => x ?? null),
    budget_cop: budget ?? null,
    start_date: String(start),
    impact: need('impact', 'Impacto esperado', 2000),
    level,
    territory: { municipios: codes, area }
  };
  return Object.keys(e).length ? { ok: false, errors: e } : { ok: true, value };
}

/** CREMA criteria the indicator does not meet yet (Spanish labels). */
export const cremaMissing = (c: PegActionInput['crema']): string[] =>
  CREMA.filter((k) => !c[k]).map((k) => CREMA_LABELS[k].split(':')[0]!);
