// The publication period of draft districts (SQLite): dates, the district as published, and the
// documents under consultation (draft resolution, memoria) stored in the database. Every write is
// a transaction with its audit entry.
import type Database from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors/not-found-error';
import type {
  DocumentInput,
  PeriodInput,
  Publication,
  PublicationDocument
} from '../../domain/model/publication';
import type { PublicationStore } from '../../domain/store/publication-store';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

type PublicationRow = Omit<Publication, 'municipios'> & { municipios: string };

const toPublication = (r: PublicationRow): Publication => ({
  ...r,
  municipios: JSON.parse(r.municipios) as string[]
});

const DOC_COLUMNS = 'id, kind, title, filename, media_type, size, uploaded_by, uploaded_at';

export class SqlitePublicationStore extends AuditedStore implements Sync<PublicationStore> {
  private readonly sql;

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      get: db.prepare<[string], PublicationRow>('SELECT * FROM publications WHERE district_id = ?'),
      list: db.prepare<[], PublicationRow>('SELECT * FROM publications ORDER BY opens_at DESC'),
      upsert: db.prepare(
        `INSERT INTO publications VALUES (@district_id, @name, @municipios, @opens_at, @closes_at,
           @updated_by, @updated_at)
         ON CONFLICT (district_id) DO UPDATE SET name = excluded.name,
           municipios = excluded.municipios, opens_at = excluded.opens_at,
           closes_at = excluded.closes_at, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`
      ),
      docs: db.prepare<[string], PublicationDocument>(
        `SELECT ${DOC_COLUMNS} FROM publication_documents WHERE district_id = ? ORDER BY id`
      ),
      doc: db.prepare<[string, number], PublicationDocument & { bytes: Buffer }>(
        `SELECT ${DOC_COLUMNS}, bytes FROM publication_documents WHERE district_id = ? AND id = ?`
      ),
      addDoc: db.prepare(
        `INSERT INTO publication_documents (district_id, kind, title, filename, media_type, size,
           bytes, uploaded_by, uploaded_at)
         VALUES (@district_id, @kind, @title, @filename, @media_type, @size, @bytes, @by, @at)`
      ),
      dropDoc: db.prepare('DELETE FROM publication_documents WHERE district_id = ? AND id = ?')
    };
  }

  get(districtId: string): Publication | null {
    const r = this.sql.get.get(districtId);
    return r ? toPublication(r) : null;
  }

  list(): Publication[] {
    return this.sql.list.all().map(toPublication);
  }

  /** Opens (or re-dates) the period, freezing the district's name and municipios as published. */
  setPeriod(districtId: string, input: PeriodInput, actor: string): Publication {
    return this.db.transaction(() => {
      const before = this.get(districtId);
      this.sql.upsert.run({
        district_id: districtId,
        name: input.name,
        municipios: JSON.stringify(input.municipios),
        opens_at: input.opens_at,
        closes_at: input.closes_at,
        updated_by: actor,
        updated_at: this.now()
      });
      this.audit.record(
        actor,
        before ? 'periodo.cambiar' : 'periodo.abrir',
        { district: districtId },
        {
          apertura: input.opens_at,
          cierre: input.closes_at,
          ...(before ? { antes: { apertura: before.opens_at, cierre: before.closes_at } } : {})
        }
      );
      return this.get(districtId)!;
    })();
  }

  documents(districtId: string): PublicationDocument[] {
    return this.sql.docs.all(districtId);
  }

  document(districtId: string, id: number): (PublicationDocument & { bytes: Uint8Array }) | null {
    return this.sql.doc.get(districtId, id) ?? null;
  }

  addDocument(districtId: string, doc: DocumentInput, actor: string): PublicationDocument {
    return this.db.transaction(() => {
      if (!this.get(districtId))
        throw new NotFoundError(`El distrito «${districtId}» no tiene periodo de publicación.`);
      const { bytes, ...meta } = doc;
      const { lastInsertRowid } = this.sql.addDoc.run({
        ...meta,
        district_id: districtId,
        size: bytes.length,
        bytes: Buffer.from(bytes),
        by: actor,
        at: this.now()
      });
      const id = Number(lastInsertRowid);
      this.audit.record(
        actor,
        'documento.subir',
        { district: districtId },
        {
          documento: id,
          titulo: doc.title,
          archivo: doc.filename,
          bytes: bytes.length
        }
      );
      return this.documents(districtId).find((d) => d.id === id)!;
    })();
  }

  removeDocument(districtId: string, id: number, actor: string): void {
    this.db.transaction(() => {
      const doc = this.sql.doc.get(districtId, id);
      if (!doc) throw new NotFoundError(`No existe el documento ${id}.`);
      this.sql.dropDoc.run(districtId, id);
      this.audit.record(
        actor,
        'documento.retirar',
        { district: districtId },
        {
          documento: id,
          titulo: doc.title,
          archivo: doc.filename
        }
      );
    })();
  }
}
