// Traffic-light counts per group (component or entity) for the follow-up dashboard's stacked bars:
// one row per group, the count of each light in the order of LIGHTS, and the total.
import { LIGHTS, type Light } from '../domain/progress-light';

export interface LightRow {
  key: string;
  counts: Record<Light, number>;
  total: number;
}

/** Rows sorted by total (largest first), then by name. */
export function lightStack(items: readonly { key: string; light: Light }[]): LightRow[] {
  const rows = new Map<string, LightRow>();
  for (const { key, light } of items) {
    let r = rows.get(key);
    if (!r) {
      r = {
        key,
        counts: Object.fromEntries(LIGHTS.map((l) => [l, 0])) as LightRow['counts'],
        total: 0
      };
      rows.set(key, r);
    }
    r.counts[light]++;
    r.total++;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, 'es'));
}

export const LIGHT_COLORS: Record<Light, string> = {
  verde: '#2e7d32',
  amarillo: '#f2b01e',
  rojo: '#c62828',
  sin_dato: '#7e57c2',
  sin_meta: '#90a4ae',
  sin_linea_base: '#a1887f',
  sin_reporte: '#455a64',
  en_arranque: '#9fd3ec',
  no_iniciada: '#d5dde1'
};
