// A '#rrggbb' colour as deck.gl's [r, g, b, a] (0–255), and the highlight's red (#c0392b).
export type Rgba = [number, number, number, number];

export const hexRgba = (hex: string, alpha: number): Rgba => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  alpha
];

/** What a highlighted feature is drawn in (the MapLibre overlays' #c0392b). */
export const HIGHLIGHT: Rgba = [192, 57, 43, 255];
