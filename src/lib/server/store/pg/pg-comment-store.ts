// Comments of a publication period on PostgreSQL (as sqlite-comment-store.ts): received, moderated,
// answered and systematized, each write one transaction with its audit entry. A write locks the
// comment's row while it reads what it replaces, so the audit's «antes» is what it overwrote even
// with two instances; the public read never returns e-mails or moderation details.
import type { CommentChannel, CommentStatus } from '../../../domain/comment-fields';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import type { CommentRecord, PublicComment, Systematization } from '../../../domain/model/comment';
import type { CommentStore } from '../../../domain/store/comment-store';
import type { CommentInput } from '../../../domain/validate-comment';
import { PgAuditedStore } from './pg-audited-store';
import type { PgDatabase, PgQueryable } from './pg-database';
import { isId } from './pg-util';

type Row = Omit<CommentRecord, 'geometria'> & { geometria: string | null };

const PUBLIC_COLUMNS = `id, received_at, channel, texto, nombre, organizacion, municipio,
  componente, geometria, answer, answered_at`;
// Every column, in the table's order (SQLite's SELECT *).
const COLUMNS = `id, district_id, received_at, channel, texto, nombre, organizacion, email,
  municipio, componente, geometria, registered_by, status, moderation_reason, moderated_by,
  moderated_at, answer, answered_by, answered_at, decision, justification, draft_part,
  systematized_by, systematized_at`;

const parse = <T extends { geometria: string | null }>(r: T) => ({
  ...r,
  geometria: r.geometria ? (JSON.parse(r.geometria) as PublicComment['geometria']) : null
});

export class PgCommentStore extends PgAuditedStore implements CommentStore {
  constructor(db: PgDatabase, now: () => string) {
    super(db, now);
  }

  /** Stores a validated comment; `receivedAt` for other channels (default: now). */
  add(
    districtId: string,
    c: CommentInput,
    channel: CommentChannel,
    actor: string,
    receivedAt?: string
  ): Promise<number> {
    return this.db.tx(async (q) => {
      const [row] = await q.query<{ id: number }>(
        `INSERT INTO comments (district_id, received_at, channel, texto, nombre, organizacion,
           email, municipio, componente, geometria, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          districtId,
          receivedAt ?? this.now(),
          channel,
          c.texto,
          c.nombre,
          c.organizacion,
          c.email,
          c.municipio,
          c.componente,
          c.geometria ? JSON.stringify(c.geometria) : null,
          channel === 'web' ? null : actor
        ]
      );
      const id = row!.id;
      await this.audit.recordIn(
        q,
        actor,
        'comentario.recibir',
        { district: districtId, comment: id },
        { canal: channel }
      );
      return id;
    });
  }

  /** Published comments with their answers, oldest first, without e-mails. */
  async published(districtId: string): Promise<PublicComment[]> {
    const rows = await this.db.query<PublicComment & { geometria: string | null }>(
      `SELECT ${PUBLIC_COLUMNS} FROM comments WHERE district_id = $1 AND status = 'publicado'
       ORDER BY received_at COLLATE "C", id`,
      [districtId]
    );
    return rows.map(parse);
  }

  async all(districtId: string, status?: CommentStatus): Promise<CommentRecord[]> {
    const rows = (
      await this.db.query<Row>(
        `SELECT ${COLUMNS} FROM comments WHERE district_id = $1 ORDER BY received_at COLLATE "C", id`,
        [districtId]
      )
    ).map(parse) as CommentRecord[];
    return status ? rows.filter((r) => r.status === status) : rows;
  }

  get(districtId: string, id: number): Promise<CommentRecord> {
    return this.getIn(this.db, districtId, id);
  }

  /** Publish, hide (a reason is required) or send back to pending. */
  moderate(
    districtId: string,
    id: number,
    status: CommentStatus,
    reason: string | null,
    actor: string
  ): Promise<CommentRecord> {
    return this.write(districtId, id, actor, `comentario.${status}`, async (q, before) => {
      await q.query(
        `UPDATE comments SET status = $1, moderation_reason = $2, moderated_by = $3,
           moderated_at = $4 WHERE id = $5`,
        [status, reason, actor, this.now(), id]
      );
      return { antes: before.status, motivo: reason };
    });
  }

  answer(districtId: string, id: number, text: string, actor: string): Promise<CommentRecord> {
    return this.write(districtId, id, actor, 'comentario.responder', async (q, before) => {
      await q.query(
        'UPDATE comments SET answer = $1, answered_by = $2, answered_at = $3 WHERE id = $4',
        [text, actor, this.now(), id]
      );
      return { respuesta: text, ...(before.answer ? { antes: before.answer } : {}) };
    });
  }

  systematize(
    districtId: string,
    id: number,
    s: Systematization,
    actor: string
  ): Promise<CommentRecord> {
    return this.write(districtId, id, actor, 'comentario.sistematizar', async (q, before) => {
      await q.query(
        `UPDATE comments SET decision = $1, justification = $2, draft_part = $3,
           systematized_by = $4, systematized_at = $5 WHERE id = $6`,
        [s.decision, s.justification, s.draft_part, actor, this.now(), id]
      );
      return { ...s, ...(before.decision ? { antes: before.decision } : {}) };
    });
  }

  private write(
    districtId: string,
    id: number,
    actor: string,
    action: string,
    apply: (q: PgQueryable, before: CommentRecord) => Promise<Record<string, unknown>>
  ): Promise<CommentRecord> {
    return this.db.tx(async (q) => {
      const before = await this.getIn(q, districtId, id, true);
      const detail = await apply(q, before);
      await this.audit.recordIn(q, actor, action, { district: districtId, comment: id }, detail);
      return this.getIn(q, districtId, id);
    });
  }

  private async getIn(
    q: PgQueryable,
    districtId: string,
    id: number,
    lock = false
  ): Promise<CommentRecord> {
    const [r] = isId(id)
      ? await q.query<Row>(
          `SELECT ${COLUMNS} FROM comments WHERE district_id = $1 AND id = $2
           ${lock ? 'FOR UPDATE' : ''}`,
          [districtId, id]
        )
      : [];
    if (!r) throw new NotFoundError(`No existe el comentario ${id} en «${districtId}».`);
    return parse(r) as CommentRecord;
  }
}
