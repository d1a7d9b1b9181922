// One colour per layer everywhere (map, legend, matrix chart, memoria figures): a bundled layer's
// own colour by its catalog id, else its kind's colour (imported and team layers).
import { KIND_COLORS } from './kind-colors';

const BUNDLED_COLORS: Readonly<Record<string, string>> = {
  resguardos_muestra: '#8e3b8e',
  zonas_reserva_campesina: '#2e7d32',
  runap_areas: '#1b6e8a',
  runap_caqueta: '#1b7f3b',
  resguardos_caqueta: '#b5338a',
  rfpn: '#4f7d1e',
  ramsar: '#1f77b4',
  sustracciones_ley_segunda: '#c0392b',
  sustracciones_rfpn: '#d35400',
  compensaciones_sustracciones: '#8e6c00'
};

/** The layer's colour: its own when bundled, else its kind's, else a neutral grey. */
export function layerColor(id: string, kind: string): string {
  return BUNDLED_COLORS[id] ?? KIND_COLORS[kind as keyof typeof KIND_COLORS] ?? '#5b6770';
}
