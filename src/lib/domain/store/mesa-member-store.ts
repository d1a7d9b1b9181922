// Each mesa's registry of member entities (contract.ts).
import type { MesaKind } from '../mesa-deadlines';
import type { MesaMemberInput } from '../mesa-member';
import type { MesaMember } from '../model/mesa';
import type { Actor } from './contract';

export interface MesaMemberStore {
  /** The district's members, all mesas or only `mesa`, in the guide's order of mesas. */
  list(district: string, mesa?: MesaKind): Promise<MesaMember[]>;
  /** Adds or updates; RuleError 'member-invalid', NotFoundError for no district. */
  save(district: string, input: MesaMemberInput, actor: Actor): Promise<MesaMember>;
  /** NotFoundError when the entity is not in that mesa. */
  remove(district: string, mesa: MesaKind, entity: string, actor: Actor): Promise<void>;
}
