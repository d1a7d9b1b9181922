// The columns of the PEG workbook (anexo 2, «plan estratégico»), shared by the export and the
// re-import so a downloaded plan can be filled offline and loaded back.

export const PEG_SHEET = 'PEG';

export const PEG_COLUMNS = {
  id: 'N.º',
  component: 'Componente',
  hito: 'Hito',
  action: 'Acción',
  entity: 'Entidad responsable',
  contact: 'Persona de contacto',
  email: 'Correo de contacto',
  indicator: 'Indicador',
  claro: 'CREMA: claro',
  relevante: 'CREMA: relevante',
  economico: 'CREMA: económico',
  medible: 'CREMA: medible',
  adecuado: 'CREMA: adecuado',
  baseline: 'Línea base',
  target1: 'Meta año 1',
  target2: 'Meta año 2',
  target3: 'Meta año 3',
  target4: 'Meta año 4',
  budget: 'Presupuesto estimado (COP)',
  start: 'Inicio proyectado (AAAA-MM-DD)',
  impact: 'Impacto esperado',
  level: 'Nivel',
  municipios: 'Municipios (códigos DANE)',
  status: 'Estado',
  flag: 'Alerta de consulta previa',
  evidence: 'Evidencia'
} as const;

export type PegColumn = keyof typeof PEG_COLUMNS;
export const YES = 'Sí';
