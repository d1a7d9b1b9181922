// The three preloaded example districts of migration 1 (DANE codes checked against the bundled
// MGN 2018), shared by the SQLite and PostgreSQL bodies of that migration. Never edit: an applied
// migration does not change.

export const EXAMPLES = [
  {
    id: 'nordeste-antioqueno',
    name: 'Nordeste Antioqueño',
    municipios: [
      '05736',
      '05604',
      '05670',
      '05690',
      '05190',
      '05031',
      '05040',
      '05858',
      '05885',
      '05890'
    ]
  },
  {
    id: 'valle-del-cauca',
    name: 'Valle del Cauca',
    municipios: ['76233', '76109', '76001', '76364']
  },
  {
    id: 'bajo-cauca-antioqueno',
    name: 'Bajo Cauca Antioqueño',
    municipios: ['05120', '05154', '05250', '05495', '05790', '05895']
  }
] as const;

export const EXAMPLE_SETTINGS = {
  buffer_km: 5,
  sliver_ha: 50,
  sliver_pct: 1,
  layers: [],
  criteria: []
};

/** The record of an example as saved in district_versions (version 1, saved at `now`). */
export const exampleRecord = (e: (typeof EXAMPLES)[number], now: string) => ({
  ...e,
  settings: EXAMPLE_SETTINGS,
  justifications: {},
  example: true,
  created_at: now,
  updated_at: now,
  version: 1
});
