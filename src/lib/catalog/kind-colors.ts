// Colour of an imported or team layer by its kind (bundled layers have their own: layer-colors.ts).
import type { ConstraintKind } from '../domain/constraint-matrix';

export const KIND_COLORS: Record<ConstraintKind, string> = {
  étnico: '#b5338a',
  ambiental: '#1b7f3b',
  minero: '#b35c00',
  ordenamiento: '#2c5fa8'
};
