// A figure as a standalone SVG document (for the DOCX exports and their PNG renders): its size in
// CSS pixels and the markup. Text uses the generic 'sans-serif' family — no remote or embedded
// fonts — so Word, a browser canvas and resvg each draw it with a local font.

export interface SvgFigure {
  svg: string;
  width: number;
  height: number;
}

/** Text or attribute value escaped for XML. */
export const xmlText = (s: string) =>
  s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c as '&' | '<' | '>' | '"']
  );

/** Wraps the body in an <svg> root with a white background. */
export function svgFigure(width: number, height: number, body: string): SvgFigure {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ` +
    `font-family="sans-serif" font-size="11" fill="#2f3a40">` +
    `<rect width="${w}" height="${h}" fill="#ffffff"/>${body}</svg>`;
  return { svg, width: w, height: h };
}
