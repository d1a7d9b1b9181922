import type { DistrictSettings } from '$lib/domain/model/district';
// The district's numbers in the URL (a permalink for unsaved work, and overrides of a saved
// record): municipios, proximity buffer, sliver threshold, layers and the team layer versions.

export interface DistrictQuery {
  codes?: string[];
  settings: Partial<DistrictSettings>;
}

const number = (v: string | null) =>
  v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;

export function readDistrictQuery(params: URLSearchParams): DistrictQuery {
  const list = (key: string) =>
    params.has(key)
      ? (params.get(key) ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  const settings: Partial<DistrictSettings> = {};
  const buffer = number(params.get('buffer_km'));
  const ha = number(params.get('borde_ha'));
  const pct = number(params.get('borde_pct'));
  const layers = list('capas');
  if (buffer !== undefined) settings.buffer_km = buffer;
  if (ha !== undefined) settings.sliver_ha = ha;
  if (pct !== undefined) settings.sliver_pct = pct;
  if (layers) settings.layers = layers;
  const team = list('equipo');
  if (team) settings.team_layers = team.map((t) => `equipo:${t}`);
  const codes = list('m');
  return codes ? { codes, settings } : { settings };
}

export function districtQuery(codes: string[], s: DistrictSettings): string {
  const p = new URLSearchParams();
  p.set('m', codes.join(','));
  p.set('buffer_km', String(s.buffer_km));
  p.set('borde_ha', String(s.sliver_ha));
  p.set('borde_pct', String(s.sliver_pct));
  if (s.layers.length) p.set('capas', s.layers.join(','));
  if (s.team_layers) p.set('equipo', s.team_layers.map((t) => t.replace(/^equipo:/, '')).join(','));
  return p.toString().replaceAll('%2C', ',').replaceAll('%40', '@');
}
