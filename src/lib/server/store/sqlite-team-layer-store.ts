// TeamLayerStore on SQLite (migrations 7 and 8): each version a row with its Arrow IPC bytes in a BLOB;
// addVersion numbers the version inside an immediate transaction, so concurrent uploads of one
// layer (other connections or processes) queue on the write lock and get consecutive numbers.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { RuleError } from '../../domain/errors/rule-error';
import type {
  TeamLayer,
  TeamLayerEntry,
  TeamLayerRepair,
  TeamLayerVersion,
  TeamLayerVersionInput
} from '../../domain/model/team-layer';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { teamLayerInputProblem } from '../../domain/team-layer-input';
import { SqliteAuditLog } from './sqlite-audit-log';
import type { Sync } from './sync-store';

type VersionRow = Omit<TeamLayerVersion, 'repairs' | 'warnings'> & {
  repairs: string;
  warnings: string;
};

type LayerRow = Omit<TeamLayer, 'public'> & { public: 0 | 1 };

const toLayer = (r: LayerRow): TeamLayer => ({ ...r, public: r.public === 1 });

const COLUMNS = `layer_id, version, producer, cutoff, licence, file_name, sha256, data_sha256,
  data_size, feature_count, repairs, warnings, uploaded_by, uploaded_at, retired_by, retired_at`;

const toVersion = (r: VersionRow): TeamLayerVersion => ({
  ...r,
  repairs: JSON.parse(r.repairs) as TeamLayerRepair[],
  warnings: JSON.parse(r.warnings) as string[]
});

export class SqliteTeamLayerStore implements Sync<TeamLayerStore> {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      layers: db.prepare<[], LayerRow>('SELECT * FROM team_layers ORDER BY id'),
      layer: db.prepare<[string], LayerRow>('SELECT * FROM team_layers WHERE id = ?'),
      all: db.prepare<[], VersionRow>(
        `SELECT ${COLUMNS} FROM team_layer_versions ORDER BY layer_id, version`
      ),
      versions: db.prepare<[string], VersionRow>(
        `SELECT ${COLUMNS} FROM team_layer_versions WHERE layer_id = ? ORDER BY version`
      ),
      version: db.prepare<[string, number], VersionRow>(
        `SELECT ${COLUMNS} FROM team_layer_versions WHERE layer_id = ? AND version = ?`
      ),
      data: db.prepare<[string, number], { data: Buffer }>(
        'SELECT data FROM team_layer_versions WHERE layer_id = ? AND version = ?'
      ),
      next: db.prepare<[string], { n: number }>(
        'SELECT coalesce(max(version), 0) + 1 AS n FROM team_layer_versions WHERE layer_id = ?'
      ),
      insertLayer: db.prepare(
        `INSERT INTO team_layers (id, title, kind, key_field, created_by, created_at)
         VALUES (@id, @title, @kind, @key_field, @created_by, @created_at)`
      ),
      insertVersion: db.prepare(
        `INSERT INTO team_layer_versions (${COLUMNS}, data)
         VALUES (@layer_id, @version, @producer, @cutoff, @licence, @file_name, @sha256,
           @data_sha256, @data_size, @feature_count, @repairs, @warnings, @uploaded_by,
           @uploaded_at, NULL, NULL, @data)`
      ),
      retire: db.prepare(
        `UPDATE team_layer_versions SET retired_by = ?, retired_at = ?
         WHERE layer_id = ? AND version = ? AND retired_at IS NULL`
      ),
      setPublic: db.prepare(
        'UPDATE team_layers SET public = ?, public_by = ?, public_at = ? WHERE id = ?'
      )
    };
  }

  addVersion(input: TeamLayerVersionInput, now: string): TeamLayerVersion {
    const problem = teamLayerInputProblem(input);
    if (problem) throw new RuleError('team-layer-invalid', `Capa del equipo: ${problem}`);
    const { id } = input.layer;
    return this.db
      .transaction(() => {
        const saved = this.sql.layer.get(id);
        if (!saved)
          this.sql.insertLayer.run({
            ...input.layer,
            created_by: input.uploaded_by,
            created_at: now
          });
        else if (saved.kind !== input.layer.kind || saved.key_field !== input.layer.key_field)
          throw new RuleError(
            'team-layer-mismatch',
            `La capa del equipo «${id}» es de tipo ${saved.kind} con clave «${saved.key_field}»; la nueva versión dice tipo ${input.layer.kind} con clave «${input.layer.key_field}». Use otro nombre para una capa distinta.`
          );
        const version = this.sql.next.get(id)!.n;
        const data = Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength);
        this.sql.insertVersion.run({
          layer_id: id,
          version,
          producer: input.producer.trim(),
          cutoff: input.cutoff,
          licence: input.licence?.trim() || null,
          file_name: input.file_name,
          sha256: input.sha256,
          data_sha256: createHash('sha256').update(data).digest('hex'),
          data_size: data.byteLength,
          feature_count: input.feature_count,
          repairs: JSON.stringify(input.repairs),
          warnings: JSON.stringify(input.warnings),
          uploaded_by: input.uploaded_by,
          uploaded_at: now,
          data
        });
        new SqliteAuditLog(this.db, () => now).record(
          input.uploaded_by,
          'capa.version.agregar',
          {},
          { capa: id, version, sha256: input.sha256, elementos: input.feature_count }
        );
        return this.version(id, version);
      })
      .immediate();
  }

  list(): TeamLayerEntry[] {
    const byLayer = new Map<string, TeamLayerVersion[]>();
    for (const v of this.sql.all.all().map(toVersion))
      byLayer.set(v.layer_id, [...(byLayer.get(v.layer_id) ?? []), v]);
    return this.sql.layers.all().map((l) => ({ ...toLayer(l), versions: byLayer.get(l.id) ?? [] }));
  }

  versions(id: string): TeamLayerVersion[] {
    if (!this.sql.layer.get(id)) throw NotFoundError.teamLayer(id);
    return this.sql.versions.all(id).map(toVersion);
  }

  current(id: string): TeamLayerVersion | null {
    return this.versions(id).findLast((v) => v.retired_at === null) ?? null;
  }

  version(id: string, version: number): TeamLayerVersion {
    const row = this.sql.version.get(id, version);
    if (!row) throw NotFoundError.teamLayer(id, version);
    return toVersion(row);
  }

  data(id: string, version: number): Uint8Array {
    const row = this.sql.data.get(id, version);
    if (!row) throw NotFoundError.teamLayer(id, version);
    return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
  }

  retire(id: string, version: number, by: string, now: string): TeamLayerVersion {
    return this.db
      .transaction(() => {
        const saved = this.version(id, version);
        if (this.sql.retire.run(by, now, id, version).changes === 0)
          throw new RuleError(
            'team-layer-retired',
            `La versión ${version} de «${id}» ya se retiró (${saved.retired_at}, ${saved.retired_by}).`
          );
        new SqliteAuditLog(this.db, () => now).record(
          by,
          'capa.version.retirar',
          {},
          { capa: id, version }
        );
        return this.version(id, version);
      })
      .immediate();
  }

  setPublic(id: string, isPublic: boolean, by: string, now: string): TeamLayer {
    return this.db
      .transaction(() => {
        const saved = this.sql.layer.get(id);
        if (!saved) throw NotFoundError.teamLayer(id);
        if ((saved.public === 1) === isPublic) return toLayer(saved);
        this.sql.setPublic.run(isPublic ? 1 : 0, by, now, id);
        new SqliteAuditLog(this.db, () => now).record(
          by,
          isPublic ? 'capa.publica.mostrar' : 'capa.publica.ocultar',
          {},
          { capa: id, publica: isPublic }
        );
        return toLayer(this.sql.layer.get(id)!);
      })
      .immediate();
  }
}
