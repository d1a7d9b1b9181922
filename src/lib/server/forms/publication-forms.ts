// The staff forms of a publication period, read from FormData and checked: each returns the
// value or a Spanish error (Checked). The stores receive only checked values.
import {
  COMMENT_LIMITS,
  type CommentChannel,
  type CommentStatus,
  type Decision
} from '../../domain/comment-fields';
import { bogotaToIso, periodError } from '../../domain/publication-period';
import type { Systematization } from '../../domain/model/comment';
import type { DocumentInput, DocumentKind, PeriodInput } from '../../domain/model/publication';
import { validateComment, type CommentInput } from '../../domain/validate-comment';
import type { Checked } from './checked';
import { formText } from './form-text';

const str = formText;
/** Characters as people count them (an emoji is one), as validate-comment.ts counts. */
const chars = (s: string) => [...s].length;
const tooLong = (label: string, max: number) =>
  `${label} supera el máximo de ${max.toLocaleString('es-CO')} caracteres.`;

export function commentId(f: FormData): number | null {
  const v = str(f, 'id');
  return /^\d{1,12}$/.test(v) ? Number(v) : null;
}

const readId = (f: FormData, missing: string): Checked<number> => {
  const id = commentId(f);
  return id === null ? { ok: false, error: missing } : { ok: true, value: id };
};

/** The comment a moderation form is about. */
export const readCommentId = (f: FormData) => readId(f, 'Falta el número del comentario.');

/** The published document a withdrawal form is about. */
export const readDocumentId = (f: FormData) => readId(f, 'Falta el número del documento.');

export function readPeriod(
  f: FormData,
  district: { name: string; municipios: string[] }
): Checked<PeriodInput> {
  const opens = bogotaToIso(str(f, 'apertura'));
  const closes = bogotaToIso(str(f, 'cierre'));
  if (!opens || !closes)
    return { ok: false, error: 'Indique la apertura y el cierre (fecha y hora).' };
  const problem = periodError(opens, closes);
  if (problem) return { ok: false, error: problem };
  return { ok: true, value: { ...district, opens_at: opens, closes_at: closes } };
}

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

// Accepted types, recognised by their first bytes (the browser's claimed type is not trusted).
const TYPES: { ext: RegExp; magic: number[]; media: string }[] = [
  { ext: /\.pdf$/i, magic: [0x25, 0x50, 0x44, 0x46], media: 'application/pdf' },
  {
    ext: /\.docx$/i,
    magic: [0x50, 0x4b, 0x03, 0x04],
    media: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  },
  {
    ext: /\.odt$/i,
    magic: [0x50, 0x4b, 0x03, 0x04],
    media: 'application/vnd.oasis.opendocument.text'
  }
];

export async function readDocument(f: FormData): Promise<Checked<DocumentInput>> {
  const file = f.get('archivo');
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: 'Elija un archivo.' };
  if (file.size > MAX_DOCUMENT_BYTES)
    return { ok: false, error: `El archivo supera ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = TYPES.find((t) => t.ext.test(file.name));
  if (!type) return { ok: false, error: 'Solo se publican documentos PDF, DOCX u ODT.' };
  if (!type.magic.every((b, i) => bytes[i] === b))
    return {
      ok: false,
      error: `«${file.name}» no es un ${file.name.split('.').pop()!.toUpperCase()} válido.`
    };
  const kind = str(f, 'tipo') as DocumentKind;
  if (!['resolucion', 'memoria', 'otro'].includes(kind))
    return { ok: false, error: 'Elija el tipo de documento.' };
  const title = str(f, 'titulo') || file.name;
  if (chars(title) > 300) return { ok: false, error: tooLong('El título', 300) };
  // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
  const filename = file.name.replace(/[\\/\u0000-\u001f"]/g, '_').slice(-200);
  return { ok: true, value: { kind, title, filename, media_type: type.media, bytes } };
}

export function readModeration(
  f: FormData
): Checked<{ status: CommentStatus; reason: string | null }> {
  const status = str(f, 'estado') as CommentStatus;
  if (!['publicado', 'oculto', 'pendiente'].includes(status))
    return { ok: false, error: 'Estado desconocido.' };
  const reason = str(f, 'motivo');
  if (status === 'oculto' && !reason)
    return { ok: false, error: 'Indique el motivo para ocultar el comentario.' };
  if (chars(reason) > COMMENT_LIMITS.reason)
    return { ok: false, error: tooLong('El motivo', COMMENT_LIMITS.reason) };
  return { ok: true, value: { status, reason: status === 'oculto' ? reason : null } };
}

export function readAnswer(f: FormData): Checked<string> {
  const text = str(f, 'respuesta');
  if (!text) return { ok: false, error: 'Escriba la respuesta.' };
  if (chars(text) > COMMENT_LIMITS.answer)
    return { ok: false, error: tooLong('La respuesta', COMMENT_LIMITS.answer) };
  return { ok: true, value: text };
}

export function readSystematization(f: FormData): Checked<Systematization> {
  const decision = str(f, 'decision') as Decision;
  if (!['acepta', 'acepta_parcialmente', 'no_acepta'].includes(decision))
    return { ok: false, error: 'Elija la decisión (acepta, acepta parcialmente o no acepta).' };
  const justification = str(f, 'justificacion');
  if (!justification) return { ok: false, error: 'Escriba la justificación de la decisión.' };
  const part = str(f, 'parte');
  if (chars(justification) > COMMENT_LIMITS.answer || chars(part) > 1000)
    return { ok: false, error: tooLong('La justificación o la parte', COMMENT_LIMITS.answer) };
  return { ok: true, value: { decision, justification, draft_part: part || null } };
}

/** Channel and reception time of a comment staff register from another channel. */
function readChannel(
  f: FormData,
  now: Date
): Checked<{ channel: CommentChannel; receivedAt: string }> {
  const channel = str(f, 'canal') as CommentChannel;
  if (!['correo', 'formulario_fisico', 'evento'].includes(channel))
    return { ok: false, error: 'Elija el canal (correo, formulario físico o evento).' };
  const at = bogotaToIso(str(f, 'recibido'));
  if (!at) return { ok: false, error: 'Indique la fecha y hora de recepción.' };
  if (Date.parse(at) > now.getTime())
    return { ok: false, error: 'La fecha de recepción no puede ser futura.' };
  return { ok: true, value: { channel, receivedAt: at } };
}

export interface RegisteredComment {
  comment: CommentInput;
  channel: CommentChannel;
  receivedAt: string;
}

/** A comment received by another channel (e-mail, paper form, event) that staff register. */
export function readRegisteredComment(
  f: FormData,
  municipios: string[],
  now: Date
): Checked<RegisteredComment> {
  const channel = readChannel(f, now);
  if (!channel.ok) return channel;
  const raw = Object.fromEntries(
    ['texto', 'nombre', 'organizacion', 'email', 'municipio', 'componente'].map((k) => [
      k,
      f.get(k) ?? undefined
    ])
  );
  const c = validateComment(raw, municipios);
  if (!c.ok) return { ok: false, error: Object.values(c.errors).join(' ') };
  return { ok: true, value: { comment: c.value, ...channel.value } };
}
