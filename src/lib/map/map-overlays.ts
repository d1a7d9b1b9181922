// Layers drawn over the public map once the analysis tables are loaded; `onDemand` ones start
// switched off and are fetched when the user switches them on (every on-demand polygon layer of the
// catalog is one), each in its colour from catalog/layer-colors.ts.
import { layerById, ON_DEMAND_OVERLAY_LAYERS } from '$lib/catalog/catalog';
import { layerColor } from '$lib/catalog/layer-colors';

const colorOf = (id: string) => layerColor(id, layerById(id)?.kind ?? '');

export interface MapOverlay {
  id: string;
  table: string;
  label: string;
  color: string;
  properties: string[];
  note: string;
  onDemand?: true;
}

export const MAP_OVERLAYS: readonly MapOverlay[] = [
  {
    id: 'resguardos_muestra',
    table: 'resguardos_muestra',
    label: 'Resguardos indígenas (muestra ANT)',
    color: colorOf('resguardos_muestra'),
    properties: ['name', 'people'],
    note: '14 resguardos de Nariño, Cauca y Putumayo; no es la cobertura nacional'
  },
  {
    id: 'zonas_reserva_campesina',
    table: 'zonas_reserva_campesina',
    label: 'Zonas de reserva campesina (ANT)',
    color: colorOf('zonas_reserva_campesina'),
    properties: ['name', 'resolution'],
    note: 'Solo las 7 constituidas entre 1997 y 2011'
  },
  {
    id: 'runap_areas',
    table: 'runap_areas',
    label: 'Áreas protegidas RUNAP (centroides)',
    color: colorOf('runap_areas'),
    properties: ['ap_id', 'name', 'category'],
    note: 'Un punto por área en su centroide (1.785 áreas, RUNAP 2025-06-06): no es el polígono del área',
    onDemand: true
  },
  ...ON_DEMAND_OVERLAY_LAYERS.map((l) => ({
    id: l.id,
    table: l.table,
    label: l.title,
    color: colorOf(l.id),
    properties: [l.keyField],
    note: `${l.producer} · ${l.version}`,
    onDemand: true as const
  }))
];
