// The mesas' anexo 2 columns on PostgreSQL (as sqlite-anexo2-store.ts): every save of an aspect
// appends a version to anexo2_edits. A save locks the district's row first, so saves of one
// district from two instances run one after the other, as with SQLite's single writer.
import { ANEXO2_ASPECTS, type Anexo2AspectId } from '../../../domain/anexo2-aspects';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { Anexo2Conflict } from '../../../domain/errors/version-conflict-error';
import type { Anexo2Edit, Anexo2Saved } from '../../../domain/model/anexo2';
import type { Anexo2Store } from '../../../domain/store/anexo2-store';
import type { PgDatabase, PgQueryable } from './pg-database';

const ORDER = new Map(ANEXO2_ASPECTS.map((a, i) => [a.id, i]));
const byGuideOrder = (a: Anexo2Saved, b: Anexo2Saved) =>
  (ORDER.get(a.aspect) ?? 0) - (ORDER.get(b.aspect) ?? 0);

const COLUMNS = 'aspect, respuesta, suficiente, propuestas, version, author, saved_at';

/** The three columns of an aspect never saved: what an unchanged blank edit is compared to. */
const BLANK = { respuesta: '', suficiente: null, propuestas: '' } as const;

const same = (a: Pick<Anexo2Edit, keyof typeof BLANK>, b: Pick<Anexo2Edit, keyof typeof BLANK>) =>
  a.respuesta === b.respuesta && a.suficiente === b.suficiente && a.propuestas === b.propuestas;

export class PgAnexo2Store implements Anexo2Store {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => string
  ) {}

  latest(id: string): Promise<Anexo2Saved[]> {
    return this.latestIn(this.db, id);
  }

  save(id: string, edits: Anexo2Edit[], author: string): Promise<Anexo2Saved[]> {
    return this.db.tx(async (c) => {
      await this.known(c, id, 'FOR NO KEY UPDATE');
      const at = this.now();
      for (const edit of edits) {
        const [saved] = await c.query<Anexo2Saved>(
          `SELECT ${COLUMNS} FROM anexo2_edits
           WHERE district_id = $1 AND aspect = $2 ORDER BY version DESC LIMIT 1`,
          [id, edit.aspect]
        );
        const current = saved?.version ?? 0;
        if (edit.version !== undefined && edit.version !== current)
          throw new Anexo2Conflict(id, edit.aspect, edit.version, current);
        if (same(edit, saved ?? BLANK)) continue;
        await c.query(
          `INSERT INTO anexo2_edits (district_id, aspect, version, respuesta, suficiente,
             propuestas, author, saved_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            id,
            edit.aspect,
            current + 1,
            edit.respuesta,
            edit.suficiente,
            edit.propuestas,
            author,
            at
          ]
        );
      }
      return this.latestIn(c, id);
    });
  }

  async history(id: string, aspect: Anexo2AspectId): Promise<Anexo2Saved[]> {
    await this.known(this.db, id);
    return this.db.query<Anexo2Saved>(
      `SELECT ${COLUMNS} FROM anexo2_edits
       WHERE district_id = $1 AND aspect = $2 ORDER BY version DESC`,
      [id, aspect]
    );
  }

  private async latestIn(c: PgQueryable, id: string): Promise<Anexo2Saved[]> {
    await this.known(c, id);
    const rows = await c.query<Anexo2Saved>(
      `SELECT ${COLUMNS} FROM anexo2_edits AS e
       WHERE district_id = $1 AND version =
         (SELECT max(version) FROM anexo2_edits
          WHERE district_id = e.district_id AND aspect = e.aspect)`,
      [id]
    );
    return rows.sort(byGuideOrder);
  }

  private async known(
    c: PgQueryable,
    id: string,
    lock: '' | 'FOR NO KEY UPDATE' = ''
  ): Promise<void> {
    const rows = await c.query(`SELECT 1 AS one FROM districts WHERE id = $1 ${lock}`, [id]);
    if (rows.length === 0) throw NotFoundError.district(id);
  }
}
