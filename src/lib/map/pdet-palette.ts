// Colours of the 16 PDET subregions (qualitative, distinguishable, in a fixed order).
const COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#499894',
  '#d37295',
  '#86bcb6',
  '#f1ce63',
  '#a0cbe8',
  '#d4a6c8'
];

export const NON_PDET_COLOR = '#ece8df';

/** Subregion → colour, assigned in alphabetical order so the legend and map agree. */
export function pdetPalette(subregions: Iterable<string>): Map<string, string> {
  const names = [...new Set(subregions)].sort((a, b) => a.localeCompare(b, 'es'));
  return new Map(names.map((n, i) => [n, COLORS[i % COLORS.length]!]));
}
