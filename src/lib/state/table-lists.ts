// Tables the user imported (keyed by DANE code) as the municipio lists the district facts read:
// the ZOMAC list, for instance.
import type { FactsList } from '$lib/facts/facts-ports';
import type { UserTable } from './tables.svelte';

export function tableLists(tables: readonly UserTable[]): FactsList[] {
  return tables.map((t) => ({
    id: t.id,
    title: t.title,
    codes: new Set(t.rows.keys()),
    provenance: { producer: t.provenance.producer, cutoff: t.provenance.cutoff }
  }));
}
