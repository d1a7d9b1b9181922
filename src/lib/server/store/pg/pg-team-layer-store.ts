// TeamLayerStore on PostgreSQL, mirroring sqlite-team-layer-store.ts: each version a row with its
// Arrow IPC bytes (bytea), and its features in team_layer_features (PostGIS, pg-team-layer-features.ts)
// in the same transaction, so a failed upload leaves no layer, version, feature or audit entry.
// addVersion locks the layer row (FOR UPDATE, after creating it when new) before numbering, so
// concurrent uploads of one layer from any instance get consecutive versions.
import { createHash } from 'node:crypto';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { RuleError } from '../../../domain/errors/rule-error';
import type {
  TeamLayer,
  TeamLayerEntry,
  TeamLayerRepair,
  TeamLayerVersion,
  TeamLayerVersionInput
} from '../../../domain/model/team-layer';
import type { TeamLayerStore } from '../../../domain/store/team-layer-store';
import { teamLayerInputProblem } from '../../../domain/team-layer-input';
import { PgAuditLog } from './pg-audit-log';
import { isId } from './pg-util';
import type { PgDatabase, PgQueryable } from './pg-database';
import { insertTeamLayerFeatures } from './pg-team-layer-features';

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

// A non-integer version matches no row (SQLite); PostgreSQL would refuse it as an integer.
const versionParam = (v: number) => (isId(v) && Math.abs(v) < 2 ** 31 ? v : -1);

export class PgTeamLayerStore implements TeamLayerStore {
  constructor(private readonly db: PgDatabase) {}

  async addVersion(input: TeamLayerVersionInput, now: string): Promise<TeamLayerVersion> {
    const problem = teamLayerInputProblem(input);
    if (problem) throw new RuleError('team-layer-invalid', `Capa del equipo: ${problem}`);
    const { id } = input.layer;
    return this.db.tx(async (c) => {
      const created = await c.query(
        `INSERT INTO team_layers (id, title, kind, key_field, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, input.layer.title, input.layer.kind, input.layer.key_field, input.uploaded_by, now]
      );
      const [saved] = await c.query<LayerRow>(
        'SELECT * FROM team_layers WHERE id = $1 FOR UPDATE',
        [id]
      );
      if (
        !created.length &&
        (saved!.kind !== input.layer.kind || saved!.key_field !== input.layer.key_field)
      )
        throw new RuleError(
          'team-layer-mismatch',
          `La capa del equipo «${id}» es de tipo ${saved!.kind} con clave «${saved!.key_field}»; la nueva versión dice tipo ${input.layer.kind} con clave «${input.layer.key_field}». Use otro nombre para una capa distinta.`
        );
      const [{ n: version } = { n: 1 }] = await c.query<{ n: number }>(
        'SELECT coalesce(max(version), 0) + 1 AS n FROM team_layer_versions WHERE layer_id = $1',
        [id]
      );
      const data = Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength);
      await c.query(
        `INSERT INTO team_layer_versions (${COLUMNS}, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, NULL, NULL, $15)`,
        [
          id,
          version,
          input.producer.trim(),
          input.cutoff,
          input.licence?.trim() || null,
          input.file_name,
          input.sha256,
          createHash('sha256').update(data).digest('hex'),
          data.byteLength,
          input.feature_count,
          JSON.stringify(input.repairs),
          JSON.stringify(input.warnings),
          input.uploaded_by,
          now,
          data
        ]
      );
      await insertTeamLayerFeatures(c, input.layer, version, input.data);
      await new PgAuditLog(this.db, () => now).recordIn(
        c,
        input.uploaded_by,
        'capa.version.agregar',
        {},
        { capa: id, version, sha256: input.sha256, elementos: input.feature_count }
      );
      return this.versionIn(c, id, version);
    });
  }

  async list(): Promise<TeamLayerEntry[]> {
    const [layers, versions] = await Promise.all([
      this.db.query<LayerRow>('SELECT * FROM team_layers ORDER BY id COLLATE "C"'),
      this.db.query<VersionRow>(
        `SELECT ${COLUMNS} FROM team_layer_versions ORDER BY layer_id COLLATE "C", version`
      )
    ]);
    const byLayer = new Map<string, TeamLayerVersion[]>();
    for (const v of versions.map(toVersion))
      byLayer.set(v.layer_id, [...(byLayer.get(v.layer_id) ?? []), v]);
    return layers.map((l) => ({ ...toLayer(l), versions: byLayer.get(l.id) ?? [] }));
  }

  async versions(id: string): Promise<TeamLayerVersion[]> {
    const [layer] = await this.db.query('SELECT id FROM team_layers WHERE id = $1', [id]);
    if (!layer) throw NotFoundError.teamLayer(id);
    const rows = await this.db.query<VersionRow>(
      `SELECT ${COLUMNS} FROM team_layer_versions WHERE layer_id = $1 ORDER BY version`,
      [id]
    );
    return rows.map(toVersion);
  }

  async current(id: string): Promise<TeamLayerVersion | null> {
    return (await this.versions(id)).findLast((v) => v.retired_at === null) ?? null;
  }

  version(id: string, version: number): Promise<TeamLayerVersion> {
    return this.versionIn(this.db, id, version);
  }

  async data(id: string, version: number): Promise<Uint8Array> {
    const [row] = await this.db.query<{ data: Buffer }>(
      'SELECT data FROM team_layer_versions WHERE layer_id = $1 AND version = $2',
      [id, versionParam(version)]
    );
    if (!row) throw NotFoundError.teamLayer(id, version);
    return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
  }

  retire(id: string, version: number, by: string, now: string): Promise<TeamLayerVersion> {
    return this.db.tx(async (c) => {
      const saved = await this.versionIn(c, id, version, true);
      const changed = await c.query(
        `UPDATE team_layer_versions SET retired_by = $1, retired_at = $2
         WHERE layer_id = $3 AND version = $4 AND retired_at IS NULL RETURNING version`,
        [by, now, id, version]
      );
      if (!changed.length)
        throw new RuleError(
          'team-layer-retired',
          `La versión ${version} de «${id}» ya se retiró (${saved.retired_at}, ${saved.retired_by}).`
        );
      await new PgAuditLog(this.db, () => now).recordIn(
        c,
        by,
        'capa.version.retirar',
        {},
        { capa: id, version }
      );
      return this.versionIn(c, id, version);
    });
  }

  setPublic(id: string, isPublic: boolean, by: string, now: string): Promise<TeamLayer> {
    return this.db.tx(async (c) => {
      const [saved] = await c.query<LayerRow>(
        'SELECT * FROM team_layers WHERE id = $1 FOR UPDATE',
        [id]
      );
      if (!saved) throw NotFoundError.teamLayer(id);
      if ((saved.public === 1) === isPublic) return toLayer(saved);
      const [row] = await c.query<LayerRow>(
        'UPDATE team_layers SET public = $1, public_by = $2, public_at = $3 WHERE id = $4 RETURNING *',
        [isPublic ? 1 : 0, by, now, id]
      );
      await new PgAuditLog(this.db, () => now).recordIn(
        c,
        by,
        isPublic ? 'capa.publica.mostrar' : 'capa.publica.ocultar',
        {},
        { capa: id, publica: isPublic }
      );
      return toLayer(row!);
    });
  }

  private async versionIn(
    c: PgQueryable,
    id: string,
    version: number,
    lock = false
  ): Promise<TeamLayerVersion> {
    const [row] = await c.query<VersionRow>(
      `SELECT ${COLUMNS} FROM team_layer_versions WHERE layer_id = $1 AND version = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, versionParam(version)]
    );
    if (!row) throw NotFoundError.teamLayer(id, version);
    return toVersion(row);
  }
}
