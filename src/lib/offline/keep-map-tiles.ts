// The vector tiles covering the map's view at every zoom up to the current one, for the service
// worker to keep (the map's worker fetched them before it controlled the page).
import { keepOffline } from './keep-offline';

interface View {
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  getZoom(): number;
}

const MAX_TILES = 400;
const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** `template`: the tiles URL with {z}/{x}/{y}. */
export function tileUrlsInView(view: View, template: string, maxzoom: number): string[] {
  const b = view.getBounds();
  const urls: string[] = [];
  const top = Math.min(maxzoom, Math.ceil(view.getZoom()));
  for (let z = 0; z <= top; z++) {
    const n = 2 ** z - 1;
    const [x0, x1] = [tileX(b.getWest(), z), tileX(b.getEast(), z)].map((v) =>
      Math.max(0, Math.min(n, v))
    );
    const [y0, y1] = [tileY(b.getNorth(), z), tileY(b.getSouth(), z)].map((v) =>
      Math.max(0, Math.min(n, v))
    );
    for (let x = x0!; x <= x1!; x++)
      for (let y = y0!; y <= y1!; y++)
        if (urls.length < MAX_TILES)
          urls.push(
            template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))
          );
  }
  return urls;
}

export function keepMapTiles(view: View, template: string, maxzoom: number): void {
  keepOffline(tileUrlsInView(view, template, maxzoom));
}
