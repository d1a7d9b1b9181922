// The contract every store engine honours (SQLite today, PostgreSQL next):
// - Each write is all or nothing: it runs in one transaction together with its audit entry, and a
//   batch (PEG import, progress reports, anexo 2 edits) saves every row or none.
// - Records carrying a `version` use optimistic concurrency: a write that names the version it
//   started from is refused with VersionConflictError when the saved one moved on.
// - A missing record is NotFoundError; a rule of the guide that refuses the write is RuleError;
//   a database that cannot be reached is StoreUnavailableError (nothing written; routes answer
//   503); any other error is the engine's own and means a bug, not user feedback.
// - Methods return promises on every engine (SQLite wraps its synchronous calls, PostgreSQL awaits
//   node-postgres), and every write holds across app instances sharing the database.

/** The actor of a write: the staff e-mail, or ANONYMOUS_AUTHOR. */
export type Actor = string;
