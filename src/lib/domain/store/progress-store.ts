// The quarterly follow-up of the approved PEG (contract.ts).
import type { ProgressReport, ProgressSaved } from '../model/progress';
import type { ProgressInput } from '../validate-progress';
import type { Actor } from './contract';

export interface ProgressStore {
  list(district: string): Promise<ProgressReport[]>;
  /**
   * Saves the reports, all or none (RuleError 'progress-refused', follow-up-eligibility.ts); a
   * report identical to the saved one is left as it was; a changed one keeps the old in the audit.
   */
  report(district: string, entries: readonly ProgressInput[], actor: Actor): Promise<ProgressSaved>;
}
