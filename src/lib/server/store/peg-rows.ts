// A peg_actions row and the PEG action it holds, shared by the SQLite and the PostgreSQL store.
import type { ConsultaFlag, ConsultaScreen } from '../../domain/consulta-previa-screen';
import type { PegAction } from '../../domain/model/peg';
import type { PegActionInput } from '../../domain/peg-action';
import type { PegStatus, TechnicalConcept } from '../../domain/peg-workflow';

export interface PegRow {
  id: number;
  district_id: string;
  data: string;
  status: PegStatus;
  concept: string | null;
  flag: ConsultaFlag;
  screen: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export const toAction = ({ data, concept, screen, ...r }: PegRow): PegAction => ({
  ...(JSON.parse(data) as PegActionInput),
  ...r,
  concept: concept ? (JSON.parse(concept) as TechnicalConcept) : null,
  screen: JSON.parse(screen) as ConsultaScreen
});
