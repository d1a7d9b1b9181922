// Comments of a publication period (contract.ts); the public read never returns e-mails or
// moderation details.
import type { CommentChannel, CommentStatus } from '../comment-fields';
import type { CommentRecord, PublicComment, Systematization } from '../model/comment';
import type { CommentInput } from '../validate-comment';
import type { Actor } from './contract';

export interface CommentStore {
  /** Stores a validated comment; `receivedAt` for other channels (default: now). Returns its id. */
  add(
    district: string,
    c: CommentInput,
    channel: CommentChannel,
    actor: Actor,
    receivedAt?: string
  ): Promise<number>;
  /** Published comments with their answers, oldest first. */
  published(district: string): Promise<PublicComment[]>;
  all(district: string, status?: CommentStatus): Promise<CommentRecord[]>;
  /** NotFoundError for an unknown comment of the district (as every write below). */
  get(district: string, id: number): Promise<CommentRecord>;
  /** Publish, hide (with a reason) or send back to pending. */
  moderate(
    district: string,
    id: number,
    status: CommentStatus,
    reason: string | null,
    actor: Actor
  ): Promise<CommentRecord>;
  answer(district: string, id: number, text: string, actor: Actor): Promise<CommentRecord>;
  systematize(
    district: string,
    id: number,
    s: Systematization,
    actor: Actor
  ): Promise<CommentRecord>;
}
