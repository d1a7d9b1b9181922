// One polygon or point drawn on the map with Terra Draw (polygon: click the vertices, click the
// first one or double-click to close; point: one click). Returns a function that stops drawing
// and removes the sketch.
import type { Map as MlMap } from 'maplibre-gl';
import type { Point, Polygon } from 'geojson';

export type DrawMode = 'polygon' | 'point';

const COLOR = '#c0392b';

export async function drawShape(
  map: MlMap,
  mode: DrawMode,
  onFinish: (g: Polygon | Point) => void
): Promise<() => void> {
  const [{ TerraDraw, TerraDrawPolygonMode, TerraDrawPointMode }, { TerraDrawMapLibreGLAdapter }] =
    await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode({
        styles: { fillColor: COLOR, fillOpacity: 0.2, outlineColor: COLOR, outlineWidth: 2 }
      }),
      new TerraDrawPointMode({ styles: { pointColor: COLOR, pointWidth: 6 } })
    ]
  });
  draw.start();
  draw.setMode(mode);
  draw.on('finish', (id) => {
    const f = draw.getSnapshotFeature(id);
    const g = f?.geometry;
    if (g?.type === 'Polygon' || g?.type === 'Point') onFinish(g as Polygon | Point);
  });
  return () => {
    draw.clear();
    draw.stop();
  };
}
