// Node only: an SVG figure rasterised to PNG with resvg (@resvg/resvg-js, a prebuilt Rust binary
// per platform: no browser, no canvas, no native build). System fonts are loaded so the figures'
// generic 'sans-serif' text is drawn; rendered at `scale` × the SVG's size for print.
import { createRequire } from 'node:module';

type Resvg = typeof import('@resvg/resvg-js');

let resvg: Resvg | null = null;

/** Loaded at run time, not bundled: the command line's esbuild bundle cannot carry a .node file. */
function load(): Resvg {
  resvg ??= createRequire(import.meta.url)('@resvg/resvg-js') as Resvg;
  return resvg;
}

export function svgPng(svg: string, scale = 2): Uint8Array {
  const { Resvg } = load();
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'sans-serif' }
  });
  return new Uint8Array(r.render().asPng());
}
