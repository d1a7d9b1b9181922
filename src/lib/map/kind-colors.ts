// Map colour of an imported layer by its kind.
import type { ImportKind } from '$lib/data/import/layer-presets';

export const KIND_COLORS: Record<ImportKind, string> = {
  étnico: '#b5338a',
  ambiental: '#1b7f3b',
  minero: '#b35c00',
  ordenamiento: '#2c5fa8'
};
