// SDF glyphs → one MapLibre glyph range PBF (the glyphs.proto layout of node-fontnik):
// glyphs { stacks = 1: fontstack { name = 1, range = 2, glyphs = 3: glyph { id = 1, bitmap = 2,
// width = 3, height = 4, left = 5 (sint), top = 6 (sint), advance = 7 } } }
import { PbfWriter } from 'pbf';

export interface SdfGlyph {
  id: number;
  /** (width + 6) × (height + 6) distances, one byte each; empty for blank glyphs. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

interface Stack {
  name: string;
  range: string;
  glyphs: SdfGlyph[];
}

function writeGlyph(g: SdfGlyph, pbf: PbfWriter) {
  pbf.writeVarintField(1, g.id);
  if (g.bitmap.length) pbf.writeBytesField(2, g.bitmap);
  pbf.writeVarintField(3, g.width);
  pbf.writeVarintField(4, g.height);
  pbf.writeSVarintField(5, g.left);
  pbf.writeSVarintField(6, g.top);
  pbf.writeVarintField(7, g.advance);
}

function writeStack(s: Stack, pbf: PbfWriter) {
  pbf.writeStringField(1, s.name);
  pbf.writeStringField(2, s.range);
  for (const g of s.glyphs) pbf.writeMessage(3, writeGlyph, g);
}

/** The PBF of glyph range `first`–`last` of font stack `name`, glyphs in code point order. */
export function encodeGlyphRange(
  name: string,
  first: number,
  last: number,
  glyphs: SdfGlyph[]
): Uint8Array {
  const pbf = new PbfWriter();
  const inRange = glyphs.filter((g) => g.id >= first && g.id <= last).sort((a, b) => a.id - b.id);
  pbf.writeMessage(1, writeStack, { name, range: `${first}-${last}`, glyphs: inRange });
  return pbf.finish();
}
