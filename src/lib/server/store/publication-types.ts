// Records of the publication period as the server stores and returns them (issue 7).
import type { PegComponent } from '../../domain/anexo2-aspects';
import type { CommentChannel, CommentStatus, Decision } from '../../domain/comment-fields';
import type { Role } from '../../domain/staff-roles';
import type { CommentGeometry } from '../../geo/validate-comment-geometry';

export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  created_at: string;
}

export interface Publication {
  district_id: string;
  /** The district's name and municipios as published (frozen when the period is set). */
  name: string;
  municipios: string[];
  opens_at: string;
  closes_at: string;
  updated_by: string;
  updated_at: string;
}

export type DocumentKind = 'resolucion' | 'memoria' | 'otro';

export interface PublicationDocument {
  id: number;
  kind: DocumentKind;
  title: string;
  filename: string;
  media_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

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

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  district_id: string | null;
  comment_id: number | null;
  detail: Record<string, unknown>;
}

/** Something the caller asked for does not exist (404). */
export class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFound';
  }
}
