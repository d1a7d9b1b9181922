// Draws signed-distance-field glyphs of a font file with @mapbox/tiny-sdf in headless Chromium
// (tiny-sdf needs a canvas). The font is handed to the page as bytes (FontFace), never looked up
// on the system; Chromium's own fonts are not used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { SdfGlyph } from './glyph-pbf';

/** MapLibre's glyph format: 24 px em, 3 px border; tiny-sdf's defaults for radius and cutoff. */
export const GLYPH_SIZE = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 };
/** tiny-sdf measures from the baseline; PBF glyphs from above the em box (MapLibre's offset). */
const TOP_ADJUSTMENT = 27.5;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking'
];

interface Drawn {
  id: number;
  data: number[];
  glyphWidth: number;
  glyphHeight: number;
  glyphLeft: number;
  glyphTop: number;
  glyphAdvance: number;
}

/** The glyphs of `codePoints` drawn from `font` (TrueType/OpenType bytes). */
export async function drawSdfGlyphs(font: Uint8Array, codePoints: number[]): Promise<SdfGlyph[]> {
  const require = createRequire(import.meta.url);
  const tinySdf = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage();
    const drawn = await page.evaluate(
      async ({ fontB64, moduleB64, size, ids }) => {
        const bytes = Uint8Array.from(atob(fontB64), (c) => c.charCodeAt(0));
        const face = new FontFace('AtlasGlyphs', bytes);
        document.fonts.add(await face.load());
        if (face.status !== 'loaded') throw new Error('la fuente no cargó en Chromium');
        const url = `data:text/javascript;base64,${moduleB64}`;
        const { default: TinySDF } = (await import(/* @vite-ignore */ url)) as {
          default: new (o: object) => {
            draw(c: string): Omit<Drawn, 'id'> & { data: Uint8ClampedArray };
          };
        };
        const sdf = new TinySDF({ ...size, fontFamily: 'AtlasGlyphs' });
        return ids.map((id) => {
          const g = sdf.draw(String.fromCodePoint(id));
          return { ...g, id, data: Array.from(g.data) };
        });
      },
      {
        fontB64: Buffer.from(font).toString('base64'),
        moduleB64: Buffer.from(tinySdf).toString('base64'),
        size: GLYPH_SIZE,
        ids: codePoints
      }
    );
    return drawn.map((g: Drawn) => ({
      id: g.id,
      bitmap: g.glyphWidth && g.glyphHeight ? Uint8Array.from(g.data) : new Uint8Array(0),
      width: g.glyphWidth,
      height: g.glyphHeight,
      left: g.glyphLeft || 0, // not -0
      top: Math.round(g.glyphTop - TOP_ADJUSTMENT),
      advance: Math.round(g.glyphAdvance)
    }));
  } finally {
    await browser.close();
  }
}
