// The audit log (contract.ts): a store's write records its entry inside its own transaction.
import type { AuditEntry, AuditPlace } from '../model/audit';
import type { Actor } from './contract';

export interface AuditLog {
  record(
    actor: Actor,
    action: string,
    at?: AuditPlace,
    detail?: Record<string, unknown>
  ): Promise<void>;
  /** Newest first; one district's, or all. */
  list(district?: string | null, limit?: number): Promise<AuditEntry[]>;
}
