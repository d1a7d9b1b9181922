// The contract every store engine honours (SQLite today, PostgreSQL next):
// - Each write is all or nothing: it runs in one transaction together with its audit entry, and a
//   batch (PEG import, progress reports, anexo 2 edits) saves every row or none.
// - Records carrying a `version` use optimistic concurrency: a write that names the version it
//   started from is refused with VersionConflictError when the saved one moved on.
// - A missing record is NotFoundError; a rule of the guide that refuses the write is RuleError;
//   any other error is the engine's own and means a bug or an outage, not user feedback.
// - Methods return plain values today: better-sqlite3 is synchronous and every route and test
//   calls the stores synchronously. An asynchronous engine (node-postgres) needs these
//   signatures to become Promise-returning; that change, and `await` at the call sites, comes with
//   it (see the PostgreSQL issue).

/** The actor of a write: the staff e-mail, or ANONYMOUS_AUTHOR. */
export type Actor = string;
