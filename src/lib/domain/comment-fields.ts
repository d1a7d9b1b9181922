// What a comment on a draft district carries during its publication period (guide §1.2: reception
// and systematization of observations from the web form, e-mail, physical forms and socialization
// events), the limits the platform sets on each field, and the systematization decisions.

export type CommentChannel = 'web' | 'correo' | 'formulario_fisico' | 'evento';

export const CHANNEL_LABELS: Record<CommentChannel, string> = {
  web: 'Formulario web',
  correo: 'Correo electrónico',
  formulario_fisico: 'Formulario físico',
  evento: 'Evento de socialización'
};

export type CommentStatus = 'pendiente' | 'publicado' | 'oculto';

export const STATUS_LABELS: Record<CommentStatus, string> = {
  pendiente: 'Pendiente de moderación',
  publicado: 'Publicado',
  oculto: 'Oculto'
};

export type Decision = 'acepta' | 'acepta_parcialmente' | 'no_acepta';

export const DECISION_LABELS: Record<Decision, string> = {
  acepta: 'Acepta',
  acepta_parcialmente: 'Acepta parcialmente',
  no_acepta: 'No acepta'
};

/** Field limits (characters; vertices for the drawn location). */
export const COMMENT_LIMITS = {
  texto: 5000,
  nombre: 200,
  organizacion: 200,
  email: 254,
  answer: 10000,
  reason: 1000,
  vertices: 2000
} as const;
