// Every store of the server on one database: what an engine opens (open-store.ts for SQLite).
import type { AccountStore } from './account-store';
import type { AuditLog } from './audit-log';
import type { CommentStore } from './comment-store';
import type { DistrictStore } from './district-store';
import type { MesaMemberStore } from './mesa-member-store';
import type { MesaStore } from './mesa-store';
import type { PegStore } from './peg-store';
import type { ProgressStore } from './progress-store';
import type { PublicationStore } from './publication-store';
import type { RateLimitStore } from './rate-limit-store';
import type { RescreenRunStore } from './rescreen-run-store';
import type { TeamLayerStore } from './team-layer-store';

export interface Stores {
  districts: DistrictStore;
  accounts: AccountStore;
  publications: PublicationStore;
  comments: CommentStore;
  peg: PegStore;
  mesas: MesaStore;
  progress: ProgressStore;
  members: MesaMemberStore;
  teamLayers: TeamLayerStore;
  rescreens: RescreenRunStore;
  audit: AuditLog;
  limits: RateLimitStore;
  close(): Promise<void>;
}
