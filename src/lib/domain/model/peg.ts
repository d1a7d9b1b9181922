// A saved action of the PEG (guide §3.1, §3.2) with its workflow status, its consulta previa
// screen and the events of its history.
import type { ConsultaFlag, ConsultaScreen } from '../consulta-previa-screen';
import type { PegActionInput } from '../peg-action';
import type { PegStatus, TechnicalConcept } from '../peg-workflow';

export interface PegAction extends PegActionInput {
  id: number;
  district_id: string;
  status: PegStatus;
  concept: TechnicalConcept | null;
  flag: ConsultaFlag;
  screen: ConsultaScreen;
  /** 1 at creation, +1 on every change (optimistic concurrency). */
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface PegEvent {
  at: string;
  actor: string;
  event: 'crear' | 'editar' | 'estado';
  status: PegStatus;
  note: string | null;
}

/** A checked row of a PEG workbook: no id creates an action, an id updates that one. */
export interface PegImportRow {
  id: number | null;
  input: PegActionInput;
  screen: ConsultaScreen;
}

export interface PegImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}
