// An entry of the audit log: who did what, when, on which district and comment.

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  district_id: string | null;
  comment_id: number | null;
  detail: Record<string, unknown>;
}

/** The district and comment an audited action touched. */
export interface AuditPlace {
  district?: string | null;
  comment?: number | null;
}
