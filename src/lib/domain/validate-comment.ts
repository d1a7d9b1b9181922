// Server-side validation of a comment on a draft district (guide §1.2), for the public form, the
// JSON API and the comments staff register from other channels: every field checked and trimmed,
// Spanish messages per field. Unknown fields are ignored; nothing the client sent is stored as is.
import { PEG_COMPONENTS, type PegComponent } from './anexo2-aspects';
import { COMMENT_LIMITS } from './comment-fields';
import { validateCommentGeometry, type CommentGeometry } from '../geo/validate-comment-geometry';

export interface CommentInput {
  texto: string;
  nombre: string | null;
  organizacion: string | null;
  email: string | null;
  municipio: string | null;
  componente: PegComponent | null;
  geometria: CommentGeometry | null;
}

export type CommentValidation =
  | { ok: true; value: CommentInput }
  | { ok: false; errors: Partial<Record<keyof CommentInput | 'cuerpo', string>> };

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
// C0 controls other than tab and line breaks, and DEL: never part of a comment.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

type Text = { ok: true; value: string | null } | { ok: false; error: string };

function text(v: unknown, label: string, max: number, required = false): Text {
  if (v === undefined || v === null || v === '') {
    return required ? { ok: false, error: `${label} es obligatorio.` } : { ok: true, value: null };
  }
  if (typeof v !== 'string') return { ok: false, error: `${label} debe ser texto.` };
  const s = v.replace(/\r\n?/g, '\n').trim();
  if (!s)
    return required ? { ok: false, error: `${label} es obligatorio.` } : { ok: true, value: null };
  if (CONTROL.test(s)) return { ok: false, error: `${label} contiene caracteres de control.` };
  if ([...s].length > max)
    return {
      ok: false,
      error: `${label} supera el máximo de ${max.toLocaleString('es-CO')} caracteres.`
    };
  return { ok: true, value: s };
}

/** `municipios`: DANE codes of the district under consultation (the only ones a comment may name). */
export function validateComment(raw: unknown, municipios: readonly string[]): CommentValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: { cuerpo: 'El comentario debe ser un objeto JSON.' } };
  const r = raw as Record<string, unknown>;
  const errors: Partial<Record<keyof CommentInput, string>> = {};
  const L = COMMENT_LIMITS;
  const fields = {
    texto: text(r.texto, 'El comentario', L.texto, true),
    nombre: text(r.nombre, 'El nombre', L.nombre),
    organizacion: text(r.organizacion, 'La organización', L.organizacion),
    email: text(r.email, 'El correo', L.email),
    municipio: text(r.municipio, 'El municipio', 5),
    componente: text(r.componente, 'El componente', 20)
  };
  for (const [k, t] of Object.entries(fields)) if (!t.ok) errors[k as keyof CommentInput] = t.error;
  const val = (t: Text) => (t.ok ? t.value : null);
  const email = val(fields.email);
  if (email && !EMAIL.test(email))
    errors.email = 'El correo no tiene una forma válida (nombre@dominio.co).';
  const municipio = val(fields.municipio);
  if (municipio && !municipios.includes(municipio))
    errors.municipio = `El municipio «${municipio}» no está en el distrito en consulta.`;
  const componente = val(fields.componente);
  if (componente && !PEG_COMPONENTS.includes(componente as PegComponent))
    errors.componente = `El componente debe ser uno de: ${PEG_COMPONENTS.join(', ')}.`;
  let geometria: CommentGeometry | null = null;
  if (r.geometria !== undefined && r.geometria !== null && r.geometria !== '') {
    let g: unknown = r.geometria;
    if (typeof g === 'string') {
      try {
        g = JSON.parse(g) as unknown;
      } catch {
        g = undefined;
      }
    }
    const checked = validateCommentGeometry(g, L.vertices);
    if (checked.ok) geometria = checked.value;
    else errors.geometria = checked.error;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      texto: val(fields.texto)!,
      nombre: val(fields.nombre),
      organizacion: val(fields.organizacion),
      email,
      municipio,
      componente: componente as PegComponent | null,
      geometria
    }
  };
}
