// The PEG's actions with their history (contract.ts). Approval is a vote of the district mesa
// (MesaStore.vote), never a move of one action.
import type { ConsultaScreen } from '../consulta-previa-screen';
import type { PegActionInput } from '../peg-action';
import type { PegStatus, TechnicalConcept } from '../peg-workflow';
import type { PegAction, PegEvent, PegImportCounts, PegImportRow } from '../model/peg';
import type { Actor } from './contract';

export interface PegStore {
  list(district: string): Promise<PegAction[]>;
  /** NotFoundError for an unknown action of the district. */
  get(district: string, id: number): Promise<PegAction>;
  events(id: number): Promise<PegEvent[]>;
  create(
    district: string,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: Actor
  ): Promise<PegAction>;
  /** VersionConflictError when `version` is not the saved one (nothing changes). */
  update(
    district: string,
    id: number,
    version: number,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: Actor
  ): Promise<PegAction>;
  /** One step of the workflow (peg-workflow.ts); RuleError 'peg-transition' when it may not. */
  move(
    district: string,
    id: number,
    to: PegStatus,
    concept: TechnicalConcept | null,
    note: string | null,
    actor: Actor
  ): Promise<PegAction>;
  /** Creates and updates the rows of a checked workbook, all or none; unchanged rows are skipped. */
  importRows(district: string, rows: PegImportRow[], actor: Actor): Promise<PegImportCounts>;
  /**
   * Every validated action becomes approved, all or none; returns their ids. MesaStore.vote calls
   * it inside the vote's transaction, so the vote and the approvals land together.
   */
  approveValidated(district: string, actor: Actor, note: string): Promise<number[]>;
}
