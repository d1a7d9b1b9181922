// Polygon layers drawn over the public map once the analysis tables are loaded.
export interface MapOverlay {
  id: string;
  table: string;
  label: string;
  color: string;
  properties: string[];
  note: string;
}

export const MAP_OVERLAYS: readonly MapOverlay[] = [
  {
    id: 'resguardos_muestra',
    table: 'resguardos_muestra',
    label: 'Resguardos indígenas (muestra ANT)',
    color: '#8e3b8e',
    properties: ['name', 'people'],
    note: '14 resguardos de Nariño, Cauca y Putumayo; no es la cobertura nacional'
  },
  {
    id: 'zonas_reserva_campesina',
    table: 'zonas_reserva_campesina',
    label: 'Zonas de reserva campesina (ANT)',
    color: '#2e7d32',
    properties: ['name', 'resolution'],
    note: 'Solo las 7 constituidas entre 1997 y 2011'
  }
];
