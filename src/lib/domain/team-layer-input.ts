// The rules a team layer version must meet before any engine stores it: a slug id, a known kind,
// a producer, a real cut-off date, a SHA-256 and Arrow data. Returns the Spanish reason, or null.
import { isCalendarDate } from './calendar-date';
import { TEAM_LAYER_KINDS, type TeamLayerVersionInput } from './model/team-layer';

export const TEAM_LAYER_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_ID = 64;
const MAX_TEXT = 500;

export function teamLayerInputProblem(v: TeamLayerVersionInput): string | null {
  const { id, title, kind, key_field } = v.layer;
  if (!TEAM_LAYER_ID.test(id) || id.length > MAX_ID)
    return `el nombre «${id}» no sirve como identificador: use minúsculas sin tildes, cifras y guiones (hasta ${MAX_ID} caracteres), p. ej. «titulos-anm».`;
  if (!TEAM_LAYER_KINDS.includes(kind))
    return `tipo «${kind}» desconocido; use uno de: ${TEAM_LAYER_KINDS.join(', ')}.`;
  if (!title.trim()) return 'falta el título de la capa.';
  if (!key_field.trim()) return 'falta el campo clave de la capa.';
  if (!v.producer.trim()) return 'falta el productor (quién publica la capa).';
  if ([title, v.producer, v.licence ?? '', v.file_name].some((t) => t.length > MAX_TEXT))
    return `un texto de la procedencia pasa de ${MAX_TEXT} caracteres.`;
  if (!isCalendarDate(v.cutoff))
    return `la fecha de corte «${v.cutoff}» no es una fecha AAAA-MM-DD válida.`;
  if (!/^[0-9a-f]{64}$/.test(v.sha256)) return 'la suma SHA-256 del archivo no es válida.';
  if (!v.uploaded_by.trim()) return 'falta quién sube la capa.';
  if (!Number.isInteger(v.feature_count) || v.feature_count < 1)
    return 'la capa no tiene elementos ni filas.';
  if (v.data.byteLength === 0) return 'la capa normalizada está vacía.';
  return null;
}
