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
  ): number;
  /** Published comments with their answers, oldest first. */
  published(district: string): PublicComment[];
  all(district: string, status?: CommentStatus): CommentRecord[];
  /** NotFoundError for an unknown comment of the district (as every write below). */
  get(district: string, id: number): CommentRecord;
  /** Publish, hide (with a reason) or send back to pending. */
  moderate(
    district: string,
    id: number,
    status: CommentStatus,
    reason: string | null,
    actor: Actor
  ): CommentRecord;
  answer(district: string, id: number, text: string, actor: Actor): CommentRecord;
  systematize(district: string, id: number, s: Systematization, actor: Actor): CommentRecord;
}
