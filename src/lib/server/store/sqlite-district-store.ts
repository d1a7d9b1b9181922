// DistrictStore on SQLite (better-sqlite3): prepared statements, every write in a transaction,
// JSON columns as TEXT, every saved version kept in district_versions; the anexo 2 columns of the
// mesas in sqlite-anexo2-store.ts.
import type Database from 'better-sqlite3';
import type { Anexo2AspectId } from '../../domain/anexo2-aspects';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { VersionConflictError } from '../../domain/errors/version-conflict-error';
import type { Anexo2Edit, Anexo2Saved } from '../../domain/model/anexo2';
import {
  defaultSettings,
  type DistrictInput,
  type DistrictPatch,
  type DistrictRecord,
  type DistrictSummary,
  type DistrictVersion
} from '../../domain/model/district';
import type { DistrictStore } from '../../domain/store/district-store';
import { uniqueSlug } from './district-slug';
import { mergeJustifications, toRecord, type DistrictRow } from './district-rows';
import { SqliteAnexo2Store } from './sqlite-anexo2-store';
import type { Sync } from './sync-store';

export class SqliteDistrictStore implements Sync<DistrictStore> {
  private readonly sql;
  private readonly anexo2Edits;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString()
  ) {
    this.anexo2Edits = new SqliteAnexo2Store(db, now);
    this.sql = {
      list: db.prepare<[], Omit<DistrictSummary, 'example'> & { example: number }>(
        `SELECT id, name, json_array_length(municipios) AS municipio_count, example, updated_at
         FROM districts ORDER BY example DESC, name COLLATE NOCASE, id`
      ),
      get: db.prepare<[string], DistrictRow>('SELECT * FROM districts WHERE id = ?'),
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM districts WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO districts (id, name, municipios, settings, justifications, example,
           created_at, updated_at, version)
         VALUES (@id, @name, @municipios, @settings, @justifications, 0, @created_at, @updated_at, 1)`
      ),
      update: db.prepare(
        `UPDATE districts SET name = @name, municipios = @municipios, settings = @settings,
           justifications = @justifications, updated_at = @updated_at, version = @version
         WHERE id = @id AND version = @version - 1`
      ),
      addVersion: db.prepare(
        'INSERT INTO district_versions (district_id, version, author, saved_at, record) VALUES (?, ?, ?, ?, ?)'
      ),
      history: db.prepare<[string], Omit<DistrictVersion, 'record'> & { record: string }>(
        `SELECT version, author, saved_at, record FROM district_versions
         WHERE district_id = ? ORDER BY version DESC`
      )
    };
  }

  list(): DistrictSummary[] {
    return this.sql.list.all().map((r) => ({ ...r, example: r.example === 1 }));
  }

  get(id: string): DistrictRecord | null {
    const row = this.sql.get.get(id);
    return row ? toRecord(row) : null;
  }

  create(input: DistrictInput, author: string): DistrictRecord {
    return this.db
      .transaction(() => {
        const at = this.now();
        const record: DistrictRecord = {
          id: uniqueSlug(input.name, (slug) => this.sql.exists.get(slug) !== undefined),
          name: input.name,
          municipios: [...input.municipios],
          settings: { ...defaultSettings(), ...input.settings },
          justifications: mergeJustifications({}, input.justifications ?? {}),
          example: false,
          created_at: at,
          updated_at: at,
          version: 1
        };
        this.sql.insert.run(this.row(record));
        this.sql.addVersion.run(record.id, 1, author, at, JSON.stringify(record));
        return record;
      })
      .immediate();
  }

  update(
    id: string,
    patch: DistrictPatch,
    author: string,
    expectedVersion?: number
  ): DistrictRecord {
    return this.db
      .transaction(() => {
        const saved = this.get(id);
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
        this.sql.update.run(this.row(record));
        this.sql.addVersion.run(
          id,
          record.version,
          author,
          record.updated_at,
          JSON.stringify(record)
        );
        return record;
      })
      .immediate();
  }

  history(id: string): DistrictVersion[] {
    return this.sql.history.all(id).map((v) => ({
      version: v.version,
      author: v.author,
      saved_at: v.saved_at,
      record: JSON.parse(v.record) as DistrictRecord
    }));
  }

  anexo2(id: string): Anexo2Saved[] {
    return this.anexo2Edits.latest(id);
  }

  saveAnexo2(id: string, edits: Anexo2Edit[], author: string): Anexo2Saved[] {
    return this.anexo2Edits.save(id, edits, author);
  }

  anexo2History(id: string, aspect: Anexo2AspectId): Anexo2Saved[] {
    return this.anexo2Edits.history(id, aspect);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private row(r: DistrictRecord): Omit<DistrictRow, 'example'> {
    return {
      id: r.id,
      name: r.name,
      municipios: JSON.stringify(r.municipios),
      settings: JSON.stringify(r.settings),
      justifications: JSON.stringify(r.justifications),
      created_at: r.created_at,
      updated_at: r.updated_at,
      version: r.version
    };
  }
}
