// A rule of the guide (or of the platform) refused the change; the message is Spanish, for the
// user. Callers tell rule errors apart with `instanceof RuleError` and, when needed, by `code`.

export type RuleCode =
  /** §3.2: an action moves one step at a time; approval only by vote. */
  | 'peg-transition'
  /** §3.2: the PEG is approved by the district mesa, by simple majority with quorum. */
  | 'peg-approval'
  /** §3.2: a vote approving the PEG needs validated actions to approve. */
  | 'peg-nothing-validated'
  /** §5: only approved actions are followed up, from the quarter they start. */
  | 'progress-refused'
  /** §2: attendance is recorded for the convened entities only; counts must add up. */
  | 'session-attendance'
  /** §2.1.1, §2.2.1, §2.3.4: the convocation goes out on or before the session. */
  | 'session-convocation'
  /** §2.1, §2.3: a registry member needs an entity name and a valid e-mail. */
  | 'member-invalid'
  /** One staff account per e-mail. */
  | 'account-taken'
  /** A staff account needs a valid e-mail and a strong enough password. */
  | 'account-invalid'
  /** A team layer version needs a slug id, a known kind, a producer, a cut-off date and data. */
  | 'team-layer-invalid'
  /** A layer keeps the kind and key field of its first version. */
  | 'team-layer-mismatch'
  /** A version is retired once; it is never edited. */
  | 'team-layer-retired'
  /** A table by DANE code has no geometries to overlay or re-screen. */
  | 'team-layer-table'
  /** A SQLite store is copied only into an empty PostgreSQL database. */
  | 'copy-target-not-empty';

export class RuleError extends Error {
  constructor(
    readonly code: RuleCode,
    message: string
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
