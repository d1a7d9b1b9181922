// Ordered schema migrations of the server database, one list for both engines: each entry has its
// SQLite body (`up`) and its PostgreSQL body (`postgres`, in pg/pg-schema-v<N>.ts), with the same
// data effects. Each runs once, in its own transaction, and is recorded in schema_migrations
// (pg/pg-migrate.ts on PostgreSQL). Later issues append migrations; never edit an applied one.
import type Database from 'better-sqlite3';
import { EXAMPLES, EXAMPLE_SETTINGS, exampleRecord } from './example-districts';
import type { PgQueryable } from './pg/pg-database';
import { pgV1 } from './pg/pg-schema-v1';
import { pgV2 } from './pg/pg-schema-v2';
import { pgV3 } from './pg/pg-schema-v3';
import { pgV4 } from './pg/pg-schema-v4';
import { pgV5 } from './pg/pg-schema-v5';
import { pgV6 } from './pg/pg-schema-v6';
import { pgV7 } from './pg/pg-schema-v7';
import { pgV8 } from './pg/pg-schema-v8';
import { pgV9 } from './pg/pg-schema-v9';
import { pgV10 } from './pg/pg-schema-v10';
import { pgV11 } from './pg/pg-schema-v11';
import { pgV12 } from './pg/pg-schema-v12';

export interface Migration {
  version: number;
  name: string;
  /** The SQLite body, inside the transaction `migrate` opens. */
  up(db: Database.Database, now: string): void;
  /** The PostgreSQL body, inside the transaction `migratePg` opens. */
  postgres(c: PgQueryable, now: string): Promise<void>;
}

/** What SQLite's `migrate` runs (a migration without its PostgreSQL body). */
export type SqliteMigration = Omit<Migration, 'postgres'>;

const districtsV1: Migration = {
  version: 1,
  postgres: pgV1,
  name: 'districts and district_versions, with the three examples',
  up(db, now) {
    db.exec(`
      CREATE TABLE districts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        municipios TEXT NOT NULL CHECK (json_valid(municipios)),
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        justifications TEXT NOT NULL CHECK (json_valid(justifications)),
        example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1)
      ) STRICT;
      CREATE TABLE district_versions (
        district_id TEXT NOT NULL REFERENCES districts (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        author TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        PRIMARY KEY (district_id, version)
      ) STRICT;
    `);
    const district = db.prepare(
      `INSERT INTO districts VALUES (@id, @name, @municipios, @settings, '{}', 1, @now, @now, 1)`
    );
    const version = db.prepare(`INSERT INTO district_versions VALUES (?, 1, 'sistema', ?, ?)`);
    for (const e of EXAMPLES) {
      district.run({
        id: e.id,
        name: e.name,
        municipios: JSON.stringify(e.municipios),
        settings: JSON.stringify(EXAMPLE_SETTINGS),
        now
      });
      version.run(e.id, now, JSON.stringify(exampleRecord(e, now)));
    }
  }
};

// The aspect ids are spelled out, not read from anexo2-aspects.ts: an applied migration never
// changes. A new aspect needs a new migration (test/anexo2-store.test.ts checks they agree).
const anexo2EditsV2: Migration = {
  version: 2,
  postgres: pgV2,
  name: 'anexo2_edits: every save of the mesas columns of an anexo 2 aspect',
  up(db) {
    db.exec(`
      CREATE TABLE anexo2_edits (
        district_id TEXT NOT NULL REFERENCES districts (id) ON DELETE CASCADE,
        aspect TEXT NOT NULL CHECK (aspect IN ('socioeconomica', 'etnica', 'bioculturales',
          'ordenamiento', 'agropecuarias', 'minero', 'otros_sectores')),
        version INTEGER NOT NULL CHECK (version >= 1),
        respuesta TEXT NOT NULL,
        suficiente TEXT CHECK (suficiente IN ('sí', 'parcialmente', 'no')),
        propuestas TEXT NOT NULL,
        author TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (district_id, aspect, version)
      ) STRICT;
    `);
  }
};

// Issue 7: staff accounts and sessions, the publication period of a draft district with its
// documents, the comments (public form, API and other channels) with moderation, the official
// answer and the systematization, and the audit log of every change. Enumerations are spelled
// out for the same reason as above (test/publication-store.test.ts checks they match the domain).
const publicationV3: Migration = {
  version: 3,
  postgres: pgV3,
  name: 'users, sessions, publications, documents, comments and audit_log (publication period)',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'mme', 'upme', 'mininterior', 'secretaria')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE app_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE publications (
        district_id TEXT PRIMARY KEY REFERENCES districts (id),
        name TEXT NOT NULL,
        municipios TEXT NOT NULL CHECK (json_valid(municipios)),
        opens_at TEXT NOT NULL,
        closes_at TEXT NOT NULL CHECK (closes_at > opens_at),
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE publication_documents (
        id INTEGER PRIMARY KEY,
        district_id TEXT NOT NULL REFERENCES publications (district_id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('resolucion', 'memoria', 'otro')),
        title TEXT NOT NULL,
        filename TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        district_id TEXT NOT NULL REFERENCES publications (district_id),
        received_at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('web', 'correo', 'formulario_fisico', 'evento')),
        texto TEXT NOT NULL,
        nombre TEXT,
        organizacion TEXT,
        email TEXT,
        municipio TEXT,
        componente TEXT CHECK (componente IN ('minero', 'ambiental', 'social', 'económico',
          'étnico', 'institucional')),
        geometria TEXT CHECK (geometria IS NULL OR json_valid(geometria)),
        registered_by TEXT,
        status TEXT NOT NULL DEFAULT 'pendiente'
          CHECK (status IN ('pendiente', 'publicado', 'oculto')),
        moderation_reason TEXT,
        moderated_by TEXT,
        moderated_at TEXT,
        answer TEXT,
        answered_by TEXT,
        answered_at TEXT,
        decision TEXT CHECK (decision IN ('acepta', 'acepta_parcialmente', 'no_acepta')),
        justification TEXT,
        draft_part TEXT,
        systematized_by TEXT,
        systematized_at TEXT
      ) STRICT;
      CREATE INDEX comments_by_district ON comments (district_id, status);
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        district_id TEXT,
        comment_id INTEGER,
        detail TEXT NOT NULL CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX audit_by_district ON audit_log (district_id, id);
    `);
  }
};

// Issue 8: the PEG's actions with their workflow events and consulta previa screen, and the
// mesas' sessions with attendance, aggregate self-recognition counts (never per person) and votes.
const pegMesasV4: Migration = {
  version: 4,
  postgres: pgV4,
  name: 'peg_actions, peg_action_events, mesa_sessions, session_attendance and session_votes',
  up(db) {
    db.exec(`
      CREATE TABLE peg_actions (
        id INTEGER PRIMARY KEY,
        district_id TEXT NOT NULL REFERENCES districts (id),
        component TEXT NOT NULL CHECK (component IN ('minero', 'ambiental', 'social', 'económico',
          'étnico', 'institucional')),
        data TEXT NOT NULL CHECK (json_valid(data)),
        status TEXT NOT NULL DEFAULT 'prediligenciada' CHECK (status IN ('prediligenciada',
          'entidad', 'oap', 'mesas', 'validada', 'aprobada')),
        concept TEXT CHECK (concept IS NULL OR json_valid(concept)),
        flag TEXT NOT NULL CHECK (flag IN ('superposicion', 'proximidad', 'sin_registro')),
        screen TEXT NOT NULL CHECK (json_valid(screen)),
        version INTEGER NOT NULL CHECK (version >= 1),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX peg_actions_by_district ON peg_actions (district_id, status);
      CREATE TABLE peg_action_events (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES peg_actions (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('crear', 'editar', 'estado')),
        status TEXT NOT NULL,
        note TEXT,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;
      CREATE TABLE mesa_sessions (
        id INTEGER PRIMARY KEY,
        district_id TEXT NOT NULL REFERENCES districts (id),
        mesa TEXT NOT NULL CHECK (mesa IN ('mtin', 'distrital', 'tematica')),
        number INTEGER NOT NULL CHECK (number >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('ordinaria', 'extraordinaria')),
        date TEXT NOT NULL,
        place TEXT NOT NULL,
        objective TEXT NOT NULL,
        attendees INTEGER CHECK (attendees IS NULL OR attendees >= 0),
        self_recognized INTEGER CHECK (self_recognized IS NULL OR self_recognized >= 0),
        professionals INTEGER CHECK (professionals IS NULL OR professionals >= 0),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE session_attendance (
        session_id INTEGER NOT NULL REFERENCES mesa_sessions (id),
        entity TEXT NOT NULL,
        delegate TEXT,
        mode TEXT NOT NULL DEFAULT 'ausente' CHECK (mode IN ('titular', 'delegado', 'ausente')),
        written_delegation INTEGER NOT NULL DEFAULT 0 CHECK (written_delegation IN (0, 1)),
        PRIMARY KEY (session_id, entity)
      ) STRICT;
      CREATE TABLE session_votes (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES mesa_sessions (id),
        subject TEXT NOT NULL,
        rule TEXT NOT NULL CHECK (rule IN ('dos_tercios', 'mayoria_simple')),
        members INTEGER NOT NULL,
        present INTEGER NOT NULL,
        yes INTEGER NOT NULL,
        no INTEGER NOT NULL,
        abstain INTEGER NOT NULL,
        approved INTEGER NOT NULL CHECK (approved IN (0, 1)),
        approves_peg INTEGER NOT NULL CHECK (approves_peg IN (0, 1)),
        reason TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};

// Issue 8: the commitments a session records (what, who, by when), for its acta.
const commitmentsV5: Migration = {
  version: 5,
  postgres: pgV5,
  name: 'session_commitments',
  up(db) {
    db.exec(`
      CREATE TABLE session_commitments (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES mesa_sessions (id),
        text TEXT NOT NULL,
        responsible TEXT NOT NULL,
        due TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};

// Issue 8: the standing members of each mesa with their delegates; when a session's convocation
// went out; the representatives a thematic or zonal mesa elected; and the quarterly follow-up of
// the approved PEG actions (§5): one report per action and quarter, replaced when re-sent.
const registryFollowUpV6: Migration = {
  version: 6,
  postgres: pgV6,
  name: 'mesa_members, session convocation and representatives, peg_progress',
  up(db) {
    db.exec(`
      CREATE TABLE mesa_members (
        district_id TEXT NOT NULL REFERENCES districts (id),
        mesa TEXT NOT NULL CHECK (mesa IN ('mtin', 'distrital', 'tematica')),
        entity TEXT NOT NULL,
        delegate TEXT,
        email TEXT,
        ethnic INTEGER NOT NULL DEFAULT 0 CHECK (ethnic IN (0, 1)),
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (district_id, mesa, entity)
      ) STRICT;
      ALTER TABLE mesa_sessions ADD COLUMN convocation_sent TEXT;
      ALTER TABLE mesa_sessions ADD COLUMN representatives INTEGER
        CHECK (representatives IS NULL OR representatives >= 0);
      ALTER TABLE mesa_sessions ADD COLUMN ethnic_organizations INTEGER NOT NULL DEFAULT 0
        CHECK (ethnic_organizations IN (0, 1));
      ALTER TABLE mesa_sessions ADD COLUMN ethnic_representatives INTEGER
        CHECK (ethnic_representatives IS NULL OR ethnic_representatives >= 0);
      CREATE TABLE peg_progress (
        action_id INTEGER NOT NULL REFERENCES peg_actions (id),
        quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-T[1-4]'),
        value REAL,
        text TEXT NOT NULL,
        reported_by TEXT NOT NULL,
        reported_at TEXT NOT NULL,
        PRIMARY KEY (action_id, quarter)
      ) STRICT;
    `);
  }
};

// Issue 20: the team library of layers. A version is immutable (only retired_* is set later); its
// normalised Arrow IPC bytes live in the row; (layer_id, version) is the primary key.
const teamLayersV7: Migration = {
  version: 7,
  postgres: pgV7,
  name: 'team_layers and team_layer_versions (team library of layers)',
  up(db) {
    db.exec(`
      CREATE TABLE team_layers (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('étnico', 'ambiental', 'minero', 'ordenamiento',
          'tabla')),
        key_field TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE team_layer_versions (
        layer_id TEXT NOT NULL REFERENCES team_layers (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        producer TEXT NOT NULL,
        cutoff TEXT NOT NULL,
        licence TEXT,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
        data_size INTEGER NOT NULL,
        feature_count INTEGER NOT NULL CHECK (feature_count >= 0),
        repairs TEXT NOT NULL CHECK (json_valid(repairs)),
        warnings TEXT NOT NULL CHECK (json_valid(warnings)),
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        retired_by TEXT,
        retired_at TEXT,
        data BLOB NOT NULL,
        PRIMARY KEY (layer_id, version)
      ) STRICT;
    `);
  }
};

// Issue 20: staff choose which team layers the public map shows (the layer, not a version).
const teamLayerPublicV8: Migration = {
  version: 8,
  postgres: pgV8,
  name: 'team_layers.public with who changed it and when',
  up(db) {
    db.exec(`
      ALTER TABLE team_layers ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1));
      ALTER TABLE team_layers ADD COLUMN public_by TEXT;
      ALTER TABLE team_layers ADD COLUMN public_at TEXT;
    `);
  }
};

// Issue 20: the re-screen runs after a new team layer version lands: status, progress and, once
// done, the change list as JSON (the same shape `atlas capas cambios --json` prints).
const rescreenRunsV9: Migration = {
  version: 9,
  postgres: pgV9,
  name: 'rescreen_runs (re-screen of the saved districts after a new team layer version)',
  up(db) {
    db.exec(`
      CREATE TABLE rescreen_runs (
        id INTEGER PRIMARY KEY,
        layer_id TEXT NOT NULL REFERENCES team_layers (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        previous_version INTEGER CHECK (previous_version >= 1),
        status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'error')),
        done INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0),
        total INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
        requested_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        error TEXT,
        result TEXT CHECK (result IS NULL OR json_valid(result)),
        CHECK ((status = 'done') = (result IS NOT NULL)),
        CHECK ((status = 'error') = (error IS NOT NULL))
      ) STRICT;
      CREATE INDEX rescreen_runs_by_layer ON rescreen_runs (layer_id, id);
    `);
  }
};

// Requests counted for rate limits, shared by every instance on the database (the public comment
// rate, staff sign-in attempts); rows older than their window are deleted as they are met.
const rateHitsV10: Migration = {
  version: 10,
  postgres: pgV10,
  name: 'rate_hits (rate limits shared by every app instance)',
  up(db) {
    db.exec(`
      CREATE TABLE rate_hits (
        bucket TEXT NOT NULL,
        key TEXT NOT NULL,
        at_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rate_hits_by_key ON rate_hits (bucket, key, at_ms);
    `);
  }
};

// Several instances on one PostgreSQL: a run records the process that owns it (owner) and when that
// process last showed it was alive (heartbeat_at), so a starting instance marks interrupted only
// the runs of a stopped process, not those of a live one. Runs from before have neither (abandoned).
const rescreenOwnerV11: Migration = {
  version: 11,
  postgres: pgV11,
  name: 'rescreen_runs.owner and heartbeat_at (runs of live instances are not interrupted)',
  up(db) {
    db.exec(`
      ALTER TABLE rescreen_runs ADD COLUMN owner TEXT;
      ALTER TABLE rescreen_runs ADD COLUMN heartbeat_at TEXT;
    `);
  }
};

// Team layers of points and lines: PostGIS's team_layer_features.geom takes any geometry type.
// SQLite keeps the versions' Arrow bytes only, so nothing changes there.
const teamPointLineGeomV12: Migration = {
  version: 12,
  postgres: pgV12,
  name: 'team_layer_features.geom of any geometry type (point and line team layers)',
  up() {}
};

export const MIGRATIONS: readonly Migration[] = [
  districtsV1,
  anexo2EditsV2,
  publicationV3,
  pegMesasV4,
  commitmentsV5,
  registryFollowUpV6,
  teamLayersV7,
  teamLayerPublicV8,
  rescreenRunsV9,
  rateHitsV10,
  rescreenOwnerV11,
  teamPointLineGeomV12
];

/** The refusal of a database migrated by a newer app (both engines). */
export const newerDatabase = (current: number, known: number): Error =>
  new Error(
    `la base tiene la migración ${current} y esta versión de la app solo conoce hasta la ${known}`
  );

/**
 * Applies the pending migrations in order, each in an immediate transaction (two processes
 * starting together do not both apply one). Returns the versions applied now.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly SqliteMigration[] = MIGRATIONS,
  now: () => string = () => new Date().toISOString()
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const latest = db.prepare('SELECT max(version) AS v FROM schema_migrations');
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    db.transaction(() => {
      const current = (latest.get() as { v: number | null }).v ?? 0;
      if (current > known) throw newerDatabase(current, known);
      if (m.version <= current) return;
      const at = now();
      m.up(db, at);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, at);
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
