// Comments of a publication period (SQLite): received from the web form, the API or registered by
// staff from other channels; moderated (published or hidden with a reason), answered and
// systematized. Every write is one transaction with its audit entry; the public read never
// returns e-mails or moderation details.
import type Database from 'better-sqlite3';
import type { CommentChannel, CommentStatus } from '../../domain/comment-fields';
import { NotFoundError } from '../../domain/errors/not-found-error';
import type { CommentRecord, PublicComment, Systematization } from '../../domain/model/comment';
import type { CommentStore } from '../../domain/store/comment-store';
import type { CommentInput } from '../../domain/validate-comment';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

type Row = Omit<CommentRecord, 'geometria'> & { geometria: string | null };

const PUBLIC_COLUMNS = `id, received_at, channel, texto, nombre, organizacion, municipio,
  componente, geometria, answer, answered_at`;

const parse = <T extends { geometria: string | null }>(r: T) => ({
  ...r,
  geometria: r.geometria ? (JSON.parse(r.geometria) as PublicComment['geometria']) : null
});

export class SqliteCommentStore extends AuditedStore implements Sync<CommentStore> {
  private readonly sql;

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      insert: db.prepare(
        `INSERT INTO comments (district_id, received_at, channel, texto, nombre, organizacion,
           email, municipio, componente, geometria, registered_by)
         VALUES (@district_id, @received_at, @channel, @texto, @nombre, @organizacion, @email,
           @municipio, @componente, @geometria, @registered_by)`
      ),
      published: db.prepare<[string], PublicComment & { geometria: string | null }>(
        `SELECT ${PUBLIC_COLUMNS} FROM comments WHERE district_id = ? AND status = 'publicado'
         ORDER BY received_at, id`
      ),
      all: db.prepare<[string], Row>(
        'SELECT * FROM comments WHERE district_id = ? ORDER BY received_at, id'
      ),
      get: db.prepare<[string, number], Row>(
        'SELECT * FROM comments WHERE district_id = ? AND id = ?'
      ),
      moderate: db.prepare(
        `UPDATE comments SET status = ?, moderation_reason = ?, moderated_by = ?, moderated_at = ?
         WHERE id = ?`
      ),
      answer: db.prepare(
        'UPDATE comments SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?'
      ),
      systematize: db.prepare(
        `UPDATE comments SET decision = ?, justification = ?, draft_part = ?, systematized_by = ?,
           systematized_at = ? WHERE id = ?`
      )
    };
  }

  /** Stores a validated comment; `receivedAt` for other channels (default: now). */
  add(
    districtId: string,
    c: CommentInput,
    channel: CommentChannel,
    actor: string,
    receivedAt?: string
  ): number {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.sql.insert.run({
        ...c,
        district_id: districtId,
        received_at: receivedAt ?? this.now(),
        channel,
        geometria: c.geometria ? JSON.stringify(c.geometria) : null,
        registered_by: channel === 'web' ? null : actor
      });
      const id = Number(lastInsertRowid);
      this.audit.record(
        actor,
        'comentario.recibir',
        { district: districtId, comment: id },
        {
          canal: channel
        }
      );
      return id;
    })();
  }

  /** Published comments with their answers, oldest first, without e-mails. */
  published(districtId: string): PublicComment[] {
    return this.sql.published.all(districtId).map(parse);
  }

  all(districtId: string, status?: CommentStatus): CommentRecord[] {
    const rows = this.sql.all.all(districtId).map(parse) as CommentRecord[];
    return status ? rows.filter((r) => r.status === status) : rows;
  }

  get(districtId: string, id: number): CommentRecord {
    const r = this.sql.get.get(districtId, id);
    if (!r) throw new NotFoundError(`No existe el comentario ${id} en «${districtId}».`);
    return parse(r) as CommentRecord;
  }

  /** Publish, hide (a reason is required) or send back to pending. */
  moderate(
    districtId: string,
    id: number,
    status: CommentStatus,
    reason: string | null,
    actor: string
  ): CommentRecord {
    return this.write(districtId, id, actor, `comentario.${status}`, (before) => {
      this.sql.moderate.run(status, reason, actor, this.now(), id);
      return { antes: before.status, motivo: reason };
    });
  }

  answer(districtId: string, id: number, text: string, actor: string): CommentRecord {
    return this.write(districtId, id, actor, 'comentario.responder', (before) => {
      this.sql.answer.run(text, actor, this.now(), id);
      return { respuesta: text, ...(before.answer ? { antes: before.answer } : {}) };
    });
  }

  systematize(districtId: string, id: number, s: Systematization, actor: string): CommentRecord {
    return this.write(districtId, id, actor, 'comentario.sistematizar', (before) => {
      this.sql.systematize.run(s.decision, s.justification, s.draft_part, actor, this.now(), id);
      return { ...s, ...(before.decision ? { antes: before.decision } : {}) };
    });
  }

  private write(
    districtId: string,
    id: number,
    actor: string,
    action: string,
    apply: (before: CommentRecord) => Record<string, unknown>
  ): CommentRecord {
    return this.db.transaction(() => {
      const before = this.get(districtId, id);
      const detail = apply(before);
      this.audit.record(actor, action, { district: districtId, comment: id }, detail);
      return this.get(districtId, id);
    })();
  }
}
