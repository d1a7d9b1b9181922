// What a layer's or a table's provenance lacks, by field: its producer and its cut-off date.
import type { Provenance } from './imports.svelte';

export interface ProvenanceErrors {
  producer?: string;
  cutoff?: string;
}

export function provenanceProblems(p: Provenance, what = 'la capa'): ProvenanceErrors {
  const errors: ProvenanceErrors = {};
  if (!p.producer.trim()) errors.producer = `Indique el productor de ${what}.`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.cutoff))
    errors.cutoff = 'Indique la fecha de descarga o de corte.';
  return errors;
}
