// A comment received in a publication period (guide §1.2): what the public sees, and what staff see
// (moderation, answer, systematization).
import type { PegComponent } from '../anexo2-aspects';
import type { CommentChannel, CommentStatus, Decision } from '../comment-fields';
import type { CommentGeometry } from '../../geo/validate-comment-geometry';

/** A comment as the public sees it: published, without e-mail or moderation details. */
export interface PublicComment {
  id: number;
  received_at: string;
  channel: CommentChannel;
  texto: string;
  nombre: string | null;
  organizacion: string | null;
  municipio: string | null;
  componente: PegComponent | null;
  geometria: CommentGeometry | null;
  answer: string | null;
  answered_at: string | null;
}

/** A comment as staff see it. */
export interface CommentRecord extends PublicComment {
  district_id: string;
  email: string | null;
  registered_by: string | null;
  status: CommentStatus;
  moderation_reason: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  answered_by: string | null;
  decision: Decision | null;
  justification: string | null;
  draft_part: string | null;
  systematized_by: string | null;
  systematized_at: string | null;
}

/** The decision on a comment, with its justification and the part of the draft it touches. */
export interface Systematization {
  decision: Decision;
  justification: string;
  draft_part: string | null;
}
