// The fields an upload to the team library names its layer with — nombre (id), tipo, productor,
// corte — checked the same way for `atlas capas agregar` and POST /api/capas-equipo. `label`
// says how the caller's user knows each field (`--nombre` on the command line, «nombre» in the
// API), so the Spanish reason names it as they typed it.
import { isCalendarDate, type CalendarDate } from './calendar-date';
import type { TeamLayerKind } from './model/team-layer';
import { TEAM_LAYER_ID } from './team-layer-input';

export interface TeamLayerFields {
  nombre?: string | undefined;
  tipo?: string | undefined;
  productor?: string | undefined;
  corte?: string | undefined;
}

export type TeamLayerFieldName = keyof TeamLayerFields;

export interface CheckedTeamLayerFields {
  id: string;
  kind: TeamLayerKind;
  producer: string;
  cutoff: CalendarDate;
}

/** The spellings `tipo` accepts (without and with the accent) → the stored kind. */
const KINDS: Record<string, TeamLayerKind> = {
  etnico: 'étnico',
  étnico: 'étnico',
  ambiental: 'ambiental',
  minero: 'minero',
  ordenamiento: 'ordenamiento',
  tabla: 'tabla'
};

export function checkTeamLayerFields(
  f: TeamLayerFields,
  label: (field: TeamLayerFieldName) => string
): { ok: true; value: CheckedTeamLayerFields } | { ok: false; error: string } {
  const refuse = (error: string) => ({ ok: false as const, error });
  if (!f.nombre) return refuse(`falta ${label('nombre')} (el identificador, p. ej. titulos-anm).`);
  if (!TEAM_LAYER_ID.test(f.nombre))
    return refuse(`${label('nombre')} «${f.nombre}»: use minúsculas sin tildes, cifras y guiones.`);
  const kind = f.tipo === undefined ? undefined : Object.hasOwn(KINDS, f.tipo) && KINDS[f.tipo];
  if (!kind)
    return refuse(
      `${label('tipo')} ${f.tipo ? `«${f.tipo}» no sirve` : 'falta'}; use etnico, ambiental, minero, ordenamiento o tabla.`
    );
  if (!f.productor?.trim()) return refuse(`falta ${label('productor')} (quién publica la capa).`);
  if (!f.corte || !isCalendarDate(f.corte))
    return refuse(
      `${label('corte')} ${f.corte ? `«${f.corte}» no es una fecha` : 'falta'}: use AAAA-MM-DD.`
    );
  return { ok: true, value: { id: f.nombre, kind, producer: f.productor, cutoff: f.corte } };
}
