// Layers drawn over the public map once the analysis tables are loaded; `onDemand` ones start
// switched off and are fetched when the user switches them on (every on-demand polygon layer of the
// catalog is one, in its own colour).
import { ON_DEMAND_OVERLAY_LAYERS } from '$lib/catalog/catalog';

export interface MapOverlay {
  id: string;
  table: string;
  label: string;
  color: string;
  properties: string[];
  note: string;
  onDemand?: true;
}

const ON_DEMAND_COLORS: Record<string, string> = {
  runap_caqueta: '#1b7f3b',
  resguardos_caqueta: '#b5338a',
  rfpn: '#4f7d1e',
  ramsar: '#1f77b4',
  sustracciones_ley_segunda: '#c0392b',
  sustracciones_rfpn: '#d35400',
  compensaciones_sustracciones: '#8e6c00'
};

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
  },
  {
    id: 'runap_areas',
    table: 'runap_areas',
    label: 'Áreas protegidas RUNAP (centroides)',
    color: '#1b6e8a',
    properties: ['ap_id', 'name', 'category'],
    note: 'Un punto por área en su centroide (1.785 áreas, RUNAP 2025-06-06): no es el polígono del área',
    onDemand: true
  },
  ...ON_DEMAND_OVERLAY_LAYERS.map((l) => ({
    id: l.id,
    table: l.table,
    label: l.title,
    color: ON_DEMAND_COLORS[l.id] ?? '#5b6770',
    properties: [l.keyField],
    note: `${l.producer} · ${l.version}`,
    onDemand: true as const
  }))
];
