// The mesas' anexo 2 columns on SQLite: every save of an aspect appends a version to anexo2_edits
// (never an update in place), so the latest row per aspect is the current text and the rest its
// history. Used by SqliteDistrictStore, whose database and clock it shares.
import type Database from 'better-sqlite3';
import { ANEXO2_ASPECTS, type Anexo2AspectId } from '../../domain/anexo2-aspects';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { Anexo2Conflict } from '../../domain/errors/version-conflict-error';
import type { Anexo2Edit, Anexo2Saved } from '../../domain/model/anexo2';
import type { Anexo2Store } from '../../domain/store/anexo2-store';
import type { Sync } from './sync-store';

const ORDER = new Map(ANEXO2_ASPECTS.map((a, i) => [a.id, i]));
const byGuideOrder = (a: Anexo2Saved, b: Anexo2Saved) =>
  (ORDER.get(a.aspect) ?? 0) - (ORDER.get(b.aspect) ?? 0);

const COLUMNS = 'aspect, respuesta, suficiente, propuestas, version, author, saved_at';

/** The three columns of an aspect never saved: what an unchanged blank edit is compared to. */
const BLANK = { respuesta: '', suficiente: null, propuestas: '' } as const;

const same = (a: Pick<Anexo2Edit, keyof typeof BLANK>, b: Pick<Anexo2Edit, keyof typeof BLANK>) =>
  a.respuesta === b.respuesta && a.suficiente === b.suficiente && a.propuestas === b.propuestas;

export class SqliteAnexo2Store implements Sync<Anexo2Store> {
  private readonly sql;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string
  ) {
    this.sql = {
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM districts WHERE id = ?'),
      latest: db.prepare<[string], Anexo2Saved>(
        `SELECT ${COLUMNS} FROM anexo2_edits AS e
         WHERE district_id = ? AND version =
           (SELECT max(version) FROM anexo2_edits
            WHERE district_id = e.district_id AND aspect = e.aspect)`
      ),
      latestOf: db.prepare<[string, string], Anexo2Saved>(
        `SELECT ${COLUMNS} FROM anexo2_edits
         WHERE district_id = ? AND aspect = ? ORDER BY version DESC LIMIT 1`
      ),
      history: db.prepare<[string, string], Anexo2Saved>(
        `SELECT ${COLUMNS} FROM anexo2_edits
         WHERE district_id = ? AND aspect = ? ORDER BY version DESC`
      ),
      insert: db.prepare(
        `INSERT INTO anexo2_edits (district_id, aspect, version, respuesta, suficiente, propuestas,
           author, saved_at)
         VALUES (@district_id, @aspect, @version, @respuesta, @suficiente, @propuestas, @author,
           @saved_at)`
      )
    };
  }

  latest(id: string): Anexo2Saved[] {
    this.known(id);
    return this.sql.latest.all(id).sort(byGuideOrder);
  }

  save(id: string, edits: Anexo2Edit[], author: string): Anexo2Saved[] {
    return this.db
      .transaction(() => {
        this.known(id);
        const at = this.now();
        for (const edit of edits) {
          const saved = this.sql.latestOf.get(id, edit.aspect);
          const current = saved?.version ?? 0;
          if (edit.version !== undefined && edit.version !== current)
            throw new Anexo2Conflict(id, edit.aspect, edit.version, current);
          if (same(edit, saved ?? BLANK)) continue;
          this.sql.insert.run({
            district_id: id,
            aspect: edit.aspect,
            version: current + 1,
            respuesta: edit.respuesta,
            suficiente: edit.suficiente,
            propuestas: edit.propuestas,
            author,
            saved_at: at
          });
        }
        return this.latest(id);
      })
      .immediate();
  }

  history(id: string, aspect: Anexo2AspectId): Anexo2Saved[] {
    this.known(id);
    return this.sql.history.all(id, aspect);
  }

  private known(id: string): void {
    if (this.sql.exists.get(id) === undefined) throw NotFoundError.district(id);
  }
}
