// A feature behind a matrix cell as the exports and screens name it: its name, then its category
// in parentheses where the source gives one (RUNAP's categoría de manejo).
export const matrixFeatureName = (f: { feature: string; category?: string }): string =>
  f.category ? `${f.feature} (${f.category})` : f.feature;
