// What stops an import's mapping form, field by field (shown at each field, the first focused):
// the title (empty, or one a legend entry already uses: a free one is suggested), the key field,
// the producer and the cut-off date.
import { freeTitle, titleTaken } from '$lib/domain/free-title';
import type { PendingImport } from './imports.svelte';
import { provenanceProblems } from './provenance-problems';

export type ImportField = 'title' | 'keyField' | 'producer' | 'cutoff';

export interface ImportProblems {
  errors: Partial<Record<ImportField, string>>;
  /** A free title when the one given is taken. */
  suggestion: string | null;
}

export function importProblems(p: PendingImport, taken: readonly string[]): ImportProblems {
  const errors: Partial<Record<ImportField, string>> = {};
  let suggestion: string | null = null;
  const title = p.title.trim();
  if (!title) errors.title = 'Indique el título de la capa.';
  else if (titleTaken(title, taken)) {
    suggestion = freeTitle(title, taken);
    errors.title = `Ya hay una capa «${title}» en el mapa: la leyenda tendría dos entradas iguales. Use otro título, p. ej. «${suggestion}».`;
  }
  if (!p.layer.fields.includes(p.mapping.keyField))
    errors.keyField = 'Elija el campo clave de la capa.';
  return { errors: { ...errors, ...provenanceProblems(p.provenance) }, suggestion };
}
