// The columns of the quarterly follow-up instrument (guide §5), shared by the XLSX the ministry
// sends each entity and the reader of the filled copy it sends back. Only the quarter and the
// two progress columns are read back; the rest is there for the entity to read.

export const FOLLOW_UP_SHEET = 'Seguimiento';

export const FOLLOW_UP_COLUMNS = {
  id: 'N.º',
  component: 'Componente',
  hito: 'Hito',
  action: 'Acción',
  indicator: 'Indicador',
  baseline: 'Línea base',
  target1: 'Meta año 1',
  target2: 'Meta año 2',
  target3: 'Meta año 3',
  target4: 'Meta año 4',
  start: 'Inicio (AAAA-MM-DD)',
  quarter: 'Trimestre (AAAA-Tn)',
  expected: 'Valor esperado al cierre del trimestre',
  value: 'Avance cuantitativo (valor del indicador al cierre)',
  text: 'Avance cualitativo'
} as const;

export type FollowUpColumn = keyof typeof FOLLOW_UP_COLUMNS;
