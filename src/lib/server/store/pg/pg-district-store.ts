// DistrictStore on PostgreSQL (as sqlite-district-store.ts): every write in a transaction, JSON as
// text, every saved version kept in district_versions; the anexo 2 columns in pg-anexo2-store.ts.
// Creates take one advisory lock (the slug is chosen from the ids already taken) and an update
// locks the district's row, so two instances never pick one slug or lose an update. Names sort as
// SQLite's NOCASE: ASCII letters folded, then bytes ("C").
import type { Anexo2AspectId } from '../../../domain/anexo2-aspects';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { VersionConflictError } from '../../../domain/errors/version-conflict-error';
import type { Anexo2Edit, Anexo2Saved } from '../../../domain/model/anexo2';
import {
  defaultSettings,
  type DistrictInput,
  type DistrictPatch,
  type DistrictRecord,
  type DistrictSummary,
  type DistrictVersion
} from '../../../domain/model/district';
import { slugify } from '../../../domain/slugify';
import type { DistrictStore } from '../../../domain/store/district-store';
import { uniqueSlug } from '../district-slug';
import { mergeJustifications, toRecord, type DistrictRow } from '../district-rows';
import { PgAnexo2Store } from './pg-anexo2-store';
import type { PgDatabase, PgQueryable } from './pg-database';
import { lockKey } from './pg-util';

const COLUMNS =
  'id, name, municipios, settings, justifications, example, created_at, updated_at, version';

export class PgDistrictStore implements DistrictStore {
  private readonly anexo2Edits;

  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => string = () => new Date().toISOString()
  ) {
    this.anexo2Edits = new PgAnexo2Store(db, now);
  }

  async list(): Promise<DistrictSummary[]> {
    const rows = await this.db.query<Omit<DistrictSummary, 'example'> & { example: number }>(
      `SELECT id, name, json_array_length(municipios::json) AS municipio_count, example, updated_at
       FROM districts ORDER BY example DESC, lower(name COLLATE "C"), id COLLATE "C"`
    );
    return rows.map((r) => ({ ...r, example: r.example === 1 }));
  }

  get(id: string): Promise<DistrictRecord | null> {
    return this.getIn(this.db, id);
  }

  create(input: DistrictInput, author: string): Promise<DistrictRecord> {
    return this.db.tx(async (c) => {
      await lockKey(c, 'districts', 'create');
      const at = this.now();
      const base = slugify(input.name);
      const taken = await c.query<{ id: string }>(
        'SELECT id FROM districts WHERE left(id, length($1)) = $1',
        [base]
      );
      const ids = new Set(taken.map((t) => t.id));
      const record: DistrictRecord = {
        id: uniqueSlug(input.name, (slug) => ids.has(slug)),
        name: input.name,
        municipios: [...input.municipios],
        settings: { ...defaultSettings(), ...input.settings },
        justifications: mergeJustifications({}, input.justifications ?? {}),
        example: false,
        created_at: at,
        updated_at: at,
        version: 1
      };
      await c.query(
        `INSERT INTO districts (id, name, municipios, settings, justifications, example,
           created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7, 1)`,
        [
          record.id,
          record.name,
          JSON.stringify(record.municipios),
          JSON.stringify(record.settings),
          JSON.stringify(record.justifications),
          at,
          at
        ]
      );
      await this.addVersion(c, record, author, at);
      return record;
    });
  }

  update(
    id: string,
    patch: DistrictPatch,
    author: string,
    expectedVersion?: number
  ): Promise<DistrictRecord> {
    return this.db.tx(async (c) => {
      // The row stays locked until commit: a concurrent update waits, then sees this version.
      const saved = await this.getIn(c, id, true);
      if (!saved) throw NotFoundError.district(id);
      if (expectedVersion !== undefined && expectedVersion !== saved.version)
        throw VersionConflictError.district(id, expectedVersion, saved.version);
      const record: DistrictRecord = {
        ...saved,
        name: patch.name ?? saved.name,
        municipios: patch.municipios ? [...patch.municipios] : saved.municipios,
        settings: { ...saved.settings, ...patch.settings },
        justifications: mergeJustifications(saved.justifications, patch.justifications ?? {}),
        updated_at: this.now(),
        version: saved.version + 1
      };
      const updated = await c.query(
        `UPDATE districts SET name = $2, municipios = $3, settings = $4, justifications = $5,
           updated_at = $6, version = $7
         WHERE id = $1 AND version = $7 - 1 RETURNING version`,
        [
          id,
          record.name,
          JSON.stringify(record.municipios),
          JSON.stringify(record.settings),
          JSON.stringify(record.justifications),
          record.updated_at,
          record.version
        ]
      );
      // Cannot happen while the row is locked; kept as the optimistic check of the write itself.
      if (updated.length === 0) {
        const moved = await this.getIn(c, id);
        if (!moved) throw NotFoundError.district(id);
        throw VersionConflictError.district(id, saved.version, moved.version);
      }
      await this.addVersion(c, record, author, record.updated_at);
      return record;
    });
  }

  async history(id: string): Promise<DistrictVersion[]> {
    const rows = await this.db.query<Omit<DistrictVersion, 'record'> & { record: string }>(
      `SELECT version, author, saved_at, record FROM district_versions
       WHERE district_id = $1 ORDER BY version DESC`,
      [id]
    );
    return rows.map((v) => ({
      version: v.version,
      author: v.author,
      saved_at: v.saved_at,
      record: JSON.parse(v.record) as DistrictRecord
    }));
  }

  anexo2(id: string): Promise<Anexo2Saved[]> {
    return this.anexo2Edits.latest(id);
  }

  saveAnexo2(id: string, edits: Anexo2Edit[], author: string): Promise<Anexo2Saved[]> {
    return this.anexo2Edits.save(id, edits, author);
  }

  anexo2History(id: string, aspect: Anexo2AspectId): Promise<Anexo2Saved[]> {
    return this.anexo2Edits.history(id, aspect);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private async getIn(c: PgQueryable, id: string, lock = false): Promise<DistrictRecord | null> {
    const [row] = await c.query<DistrictRow>(
      `SELECT ${COLUMNS} FROM districts WHERE id = $1 ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [id]
    );
    return row ? toRecord(row) : null;
  }

  private async addVersion(c: PgQueryable, r: DistrictRecord, author: string, at: string) {
    await c.query(
      `INSERT INTO district_versions (district_id, version, author, saved_at, record)
       VALUES ($1, $2, $3, $4, $5)`,
      [r.id, r.version, author, at, JSON.stringify(r)]
    );
  }
}
