// The publication period of draft districts on PostgreSQL (as sqlite-publication-store.ts): dates,
// the district as published, and the documents (bytea). Every write is a transaction with its
// audit entry; writes of one district's period take its advisory lock first, so what they read
// before writing (the period before, the document removed) is still so when they commit.
import { NotFoundError } from '../../../domain/errors/not-found-error';
import type {
  DocumentInput,
  PeriodInput,
  Publication,
  PublicationDocument
} from '../../../domain/model/publication';
import type { PublicationStore } from '../../../domain/store/publication-store';
import { PgAuditedStore } from './pg-audited-store';
import type { PgDatabase, PgQueryable } from './pg-database';
import { isId, lockKey } from './pg-util';

type PublicationRow = Omit<Publication, 'municipios'> & { municipios: string };

const toPublication = (r: PublicationRow): Publication => ({
  ...r,
  municipios: JSON.parse(r.municipios) as string[]
});

const COLUMNS = 'district_id, name, municipios, opens_at, closes_at, updated_by, updated_at';
const DOC_COLUMNS = 'id, kind, title, filename, media_type, size, uploaded_by, uploaded_at';

const lock = (c: PgQueryable, districtId: string) => lockKey(c, 'publications', districtId);

export class PgPublicationStore extends PgAuditedStore implements PublicationStore {
  constructor(db: PgDatabase, now: () => string) {
    super(db, now);
  }

  get(districtId: string): Promise<Publication | null> {
    return this.getIn(this.db, districtId);
  }

  async list(): Promise<Publication[]> {
    const rows = await this.db.query<PublicationRow>(
      `SELECT ${COLUMNS} FROM publications ORDER BY opens_at COLLATE "C" DESC`
    );
    return rows.map(toPublication);
  }

  /** Opens (or re-dates) the period, freezing the district's name and municipios as published. */
  setPeriod(districtId: string, input: PeriodInput, actor: string): Promise<Publication> {
    return this.db.tx(async (c) => {
      await lock(c, districtId);
      const before = await this.getIn(c, districtId);
      await c.query(
        `INSERT INTO publications (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (district_id) DO UPDATE SET name = excluded.name,
           municipios = excluded.municipios, opens_at = excluded.opens_at,
           closes_at = excluded.closes_at, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`,
        [
          districtId,
          input.name,
          JSON.stringify(input.municipios),
          input.opens_at,
          input.closes_at,
          actor,
          this.now()
        ]
      );
      await this.audit.recordIn(
        c,
        actor,
        before ? 'periodo.cambiar' : 'periodo.abrir',
        { district: districtId },
        {
          apertura: input.opens_at,
          cierre: input.closes_at,
          ...(before ? { antes: { apertura: before.opens_at, cierre: before.closes_at } } : {})
        }
      );
      return (await this.getIn(c, districtId))!;
    });
  }

  documents(districtId: string): Promise<PublicationDocument[]> {
    return this.documentsIn(this.db, districtId);
  }

  async document(
    districtId: string,
    id: number
  ): Promise<(PublicationDocument & { bytes: Uint8Array }) | null> {
    return (await this.documentIn(this.db, districtId, id)) ?? null;
  }

  addDocument(districtId: string, doc: DocumentInput, actor: string): Promise<PublicationDocument> {
    return this.db.tx(async (c) => {
      await lock(c, districtId);
      if (!(await this.getIn(c, districtId)))
        throw new NotFoundError(`El distrito «${districtId}» no tiene periodo de publicación.`);
      const { bytes, ...meta } = doc;
      const [row] = await c.query<{ id: number }>(
        `INSERT INTO publication_documents (district_id, kind, title, filename, media_type, size,
           bytes, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          districtId,
          meta.kind,
          meta.title,
          meta.filename,
          meta.media_type,
          bytes.length,
          Buffer.from(bytes),
          actor,
          this.now()
        ]
      );
      const id = row!.id;
      await this.audit.recordIn(
        c,
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
      return (await this.documentsIn(c, districtId)).find((d) => d.id === id)!;
    });
  }

  removeDocument(districtId: string, id: number, actor: string): Promise<void> {
    return this.db.tx(async (c) => {
      await lock(c, districtId);
      const doc = await this.documentIn(c, districtId, id);
      if (!doc) throw new NotFoundError(`No existe el documento ${id}.`);
      await c.query('DELETE FROM publication_documents WHERE district_id = $1 AND id = $2', [
        districtId,
        id
      ]);
      await this.audit.recordIn(
        c,
        actor,
        'documento.retirar',
        { district: districtId },
        {
          documento: id,
          titulo: doc.title,
          archivo: doc.filename
        }
      );
    });
  }

  private async getIn(c: PgQueryable, districtId: string): Promise<Publication | null> {
    const [r] = await c.query<PublicationRow>(
      `SELECT ${COLUMNS} FROM publications WHERE district_id = $1`,
      [districtId]
    );
    return r ? toPublication(r) : null;
  }

  private documentsIn(c: PgQueryable, districtId: string): Promise<PublicationDocument[]> {
    return c.query<PublicationDocument>(
      `SELECT ${DOC_COLUMNS} FROM publication_documents WHERE district_id = $1 ORDER BY id`,
      [districtId]
    );
  }

  private async documentIn(c: PgQueryable, districtId: string, id: number) {
    if (!isId(id)) return undefined;
    const [row] = await c.query<PublicationDocument & { bytes: Buffer }>(
      `SELECT ${DOC_COLUMNS}, bytes FROM publication_documents WHERE district_id = $1 AND id = $2`,
      [districtId, id]
    );
    return row;
  }
}
