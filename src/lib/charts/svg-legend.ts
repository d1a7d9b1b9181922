// A legend for the SVG figures: a colour swatch and a label per item, laid out left to right and
// wrapped onto new lines within the given width. Label widths are estimated (no font metrics).
import { xmlText } from './svg-figure';

export interface LegendItem {
  color: string;
  label: string;
}

const LINE = 16;
const SWATCH = 10;
/** Average glyph width of an 11 px sans-serif, px: generous so labels never collide. */
const CHAR = 6.2;

/** The legend's markup and the height it takes, starting at (x, y) (top left). */
export function svgLegend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number
): { body: string; height: number } {
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const it of items) {
    const w = SWATCH + 6 + it.label.length * CHAR + 14;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += LINE;
    }
    parts.push(
      `<rect x="${cx}" y="${cy + 2}" width="${SWATCH}" height="${SWATCH}" fill="${it.color}" stroke="#7d868c" stroke-width="0.5"/>`,
      `<text x="${cx + SWATCH + 5}" y="${cy + 11}">${xmlText(it.label)}</text>`
    );
    cx += w;
  }
  return { body: parts.join(''), height: items.length ? cy - y + LINE : 0 };
}
