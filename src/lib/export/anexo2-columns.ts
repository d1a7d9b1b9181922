// The anexo 2 sheet as the platform writes it and reads it back: its name and column titles
// (the guide's «Aspecto», «Respuesta primaria de entidades», «¿Es suficiente…?», «Propuestas»).
import type { Sufficiency } from '../domain/anexo2-facts';

export const ANEXO2_SHEET = 'Anexo 2';

export const ANEXO2_COLUMNS = {
  aspect: 'Aspecto general',
  entity: 'Entidad responsable',
  components: 'Componente(s) PEG',
  aspecto: 'Aspecto del análisis de dinámicas',
  missing: 'Información faltante',
  respuesta: 'Respuesta primaria de entidades',
  suficiente: '¿Es suficiente para mitigar la problemática?',
  propuestas: 'Propuestas de la mesa'
} as const;

/** The values the sufficiency column takes (a list validation in the workbook). */
export const SUFFICIENCY_VALUES: readonly Sufficiency[] = ['sí', 'parcialmente', 'no'];
