// The font stack of the map's labels and the glyph ranges shipped for it (static/glyphs/).
export const GLYPH_FONT = 'DejaVu Sans';
/** Latin-1 and Latin Extended-A/B: every letter of the MGN names and then some. */
export const GLYPH_RANGES: [number, number][] = [
  [0, 255],
  [256, 511]
];
