// Map colour of an imported layer by its kind.
import type { ConstraintKind } from '$lib/domain/constraint-matrix';

export const KIND_COLORS: Record<ConstraintKind, string> = {
  étnico: '#b5338a',
  ambiental: '#1b7f3b',
  minero: '#b35c00',
  ordenamiento: '#2c5fa8'
};
