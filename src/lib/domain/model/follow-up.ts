// One approved PEG action as the follow-up dashboard and its workbook show it (guide §5): its
// light today and every report received with the light it had.
import type { PegComponent } from '../anexo2-aspects';
import type { CalendarDate } from '../calendar-date';
import type { Quarter } from '../plan-quarter';
import type { Evaluation } from '../progress-light';
import type { ProgressReport } from './progress';

export type ReportView = ProgressReport & { evaluation: Evaluation };

export interface FollowUpRow {
  id: number;
  component: PegComponent;
  entity: string;
  hito: string;
  action: string;
  indicator: string;
  baseline: number | null;
  targets: (number | null)[];
  start_date: CalendarDate;
  /** The municipios' names, or «Área dibujada». */
  territory: string;
  /** The light of the quarter due today. */
  now: Evaluation & { quarter: Quarter };
  /** Newest first. */
  reports: ReportView[];
}
