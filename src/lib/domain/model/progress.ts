// A quarterly follow-up report of an approved PEG action (guide §5), as saved.
import type { ProgressInput } from '../validate-progress';

export interface ProgressReport extends ProgressInput {
  reported_by: string;
  reported_at: string;
}

/** What a batch did: reports written (new or changed) and reports identical to the saved ones. */
export interface ProgressSaved {
  saved: number;
  unchanged: number;
}
