// Builds the map's label glyphs (MapLibre SDF PBF ranges) from the font shipped in sources/fonts/.
// Deterministic for a given Chromium; the result is committed in static/glyphs/, so `npm start`
// needs no browser. Usage: npx tsx scripts/build-glyphs.ts [--out DIR]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { drawSdfGlyphs } from './glyphs/draw-sdf-glyphs';
import { encodeGlyphRange } from './glyphs/glyph-pbf';
import { GLYPH_FONT, GLYPH_RANGES } from '../src/lib/map/glyph-font';

const FONT_FILE = 'sources/fonts/DejaVuSans.ttf';
/** The font's licence travels with the glyphs drawn from it. */
const LICENCE_FILE = 'sources/fonts/DejaVuSans.copyright';

/** Printable, assigned code points of a range (no control characters). */
const printable = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i).filter(
    (c) => !/[\p{Cc}\p{Cn}]/u.test(String.fromCodePoint(c))
  );

async function main() {
  const i = process.argv.indexOf('--out');
  const out = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : 'static/glyphs');
  const font = new Uint8Array(readFileSync(FONT_FILE));
  const dir = join(out, GLYPH_FONT);
  mkdirSync(dir, { recursive: true });
  for (const [first, last] of GLYPH_RANGES) {
    const glyphs = await drawSdfGlyphs(font, printable(first, last));
    const pbf = encodeGlyphRange(GLYPH_FONT, first, last, glyphs);
    writeFileSync(join(dir, `${first}-${last}.pbf`), pbf);
    console.log(`${GLYPH_FONT} ${first}-${last}: ${glyphs.length} glifos, ${pbf.length} bytes`);
  }
  copyFileSync(LICENCE_FILE, join(dir, 'LICENCIA.txt'));
}

main().catch((e: unknown) => {
  console.error(`Error al construir los glifos: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
