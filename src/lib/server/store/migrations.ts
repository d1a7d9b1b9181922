// Ordered schema migrations of the server database. Each runs once, in its own transaction, and is
// recorded in schema_migrations. Later issues append migrations; never edit an applied one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database, now: string): void;
}

// The three preloaded example districts (DANE codes checked against the bundled MGN 2018).
const EXAMPLES = [
  {
    id: 'nordeste-antioqueno',
    name: 'Nordeste Antioqueño',
    municipios: [
      '05736',
      '05604',
      '05670',
      '05690',
      '05190',
      '05031',
      '05040',
      '05858',
      '05885',
      '05890'
    ]
  },
  {
    id: 'valle-del-cauca',
    name: 'Valle del Cauca',
    municipios: ['76233', '76109', '76001', '76364']
  },
  {
    id: 'bajo-cauca-antioqueno',
    name: 'Bajo Cauca Antioqueño',
    municipios: ['05120', '05154', '05250', '05495', '05790', '05895']
  }
];
const EXAMPLE_SETTINGS = { buffer_km: 5, sliver_ha: 50, sliver_pct: 1, layers: [], criteria: [] };

const districtsV1: Migration = {
  version: 1,
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
      const record = {
        ...e,
        settings: EXAMPLE_SETTINGS,
        justifications: {},
        example: true,
        created_at: now,
        updated_at: now,
        version: 1
      };
      district.run({
        id: e.id,
        name: e.name,
        municipios: JSON.stringify(e.municipios),
        settings: JSON.stringify(EXAMPLE_SETTINGS),
        now
      });
      version.run(e.id, now, JSON.stringify(record));
    }
  }
};

// The aspect ids are spelled out, not read from anexo2-aspects.ts: an applied migration never
// changes. A new aspect needs a new migration (test/anexo2-store.test.ts checks they agree).
const anexo2EditsV2: Migration = {
  version: 2,
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

export const MIGRATIONS: readonly Migration[] = [districtsV1, anexo2EditsV2];

/**
 * Applies the pending migrations in order, each in an immediate transaction (two processes
 * starting together do not both apply one). Returns the versions applied now.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
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
      if (current > known)
        throw new Error(
          `la base tiene la migración ${current} y esta versión de la app solo conoce hasta la ${known}`
        );
      if (m.version <= current) return;
      const at = now();
      m.up(db, at);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, at);
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
