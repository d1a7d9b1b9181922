// The zoom from which a municipio's name fits inside it: its largest inscribed circle is at least
// FIT_RADIUS_PX in radius on screen. Department capitals show from the first labelled zoom.
export const FIRST_LABEL_ZOOM = 4;
export const LAST_LABEL_ZOOM = 11;
/** Names are 40–90 px wide at 10–13 px; municipios are longer than their inscribed circle. */
const FIT_RADIUS_PX = 12;
/** Vector tiles are 512 px: the world is 512 · 2^z px wide, 360° of longitude. */
const PX_PER_DEGREE_Z0 = 512 / 360;

/** Integer zoom (tile filters are evaluated at integer zooms). `radius` in degrees. */
export function labelMinZoom(radius: number, capital: boolean): number {
  if (capital) return FIRST_LABEL_ZOOM;
  const exact = Math.log2(FIT_RADIUS_PX / (radius * PX_PER_DEGREE_Z0));
  return Math.min(LAST_LABEL_ZOOM, Math.max(FIRST_LABEL_ZOOM, Math.ceil(exact)));
}
