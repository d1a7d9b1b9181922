// Browser only: an SVG figure rasterised to PNG through a canvas, at `scale` × its size for print.
// The SVG is drawn as an image (no scripts, no external resources), with local fonts.
export async function svgPng(
  svg: string,
  width: number,
  height: number,
  scale = 2
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('El navegador no ofrece un lienzo 2D para dibujar las figuras.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (!blob) throw new Error('No se pudo convertir la figura a PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
