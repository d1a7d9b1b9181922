// A re-screen of the saved districts after a new version of a team layer lands (issue 20): queued
// by the upload, run in the background by the server, its progress and its result kept.

/** pending: queued; running: computing district `done` of `total`; done: result stored; error. */
export type RescreenStatus = 'pending' | 'running' | 'done' | 'error';

export interface RescreenRun {
  id: number;
  layer_id: string;
  /** The version that landed, compared with `previous_version` (null: no earlier live one). */
  version: number;
  previous_version: number | null;
  status: RescreenStatus;
  done: number;
  total: number;
  /** Who uploaded the version (the audit entries of the changes name them). */
  requested_by: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** Spanish, for the change page; set with status error. */
  error: string | null;
}

export interface RescreenRunInput {
  layer_id: string;
  version: number;
  previous_version: number | null;
  requested_by: string;
  /** The process that queues and runs it (rescreen-abandoned.ts); kept out of RescreenRun. */
  owner: string;
}
