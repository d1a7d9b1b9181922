// The tables a SQLite store copies into PostgreSQL, parents before children (the foreign keys of
// the migrations), and the table PostgreSQL alone keeps: team_layer_features is built from each
// version's Arrow bytes. schema_migrations is not copied: the target has its own. A migration that
// adds a table adds it here (test/migrate-to-postgres-cli.test.ts checks the list against the schema).
export const COPY_ORDER: readonly string[] = [
  'districts',
  'district_versions',
  'anexo2_edits',
  'users',
  'sessions',
  'app_secrets',
  'publications',
  'publication_documents',
  'comments',
  'audit_log',
  'peg_actions',
  'peg_action_events',
  'mesa_sessions',
  'session_attendance',
  'session_votes',
  'session_commitments',
  'mesa_members',
  'peg_progress',
  'team_layers',
  'team_layer_versions',
  'rescreen_runs',
  'rate_hits'
];

/** Built on PostgreSQL from the copied team_layer_versions (pg-team-layer-features.ts). */
export const PG_ONLY_TABLE = 'team_layer_features';
