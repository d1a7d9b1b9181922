// One polygon drawn on the map with Terra Draw (click the vertices, click the first one or
// double-click to close). Returns a function that stops drawing and removes the sketch.
import type { Map as MlMap } from 'maplibre-gl';
import type { Polygon } from 'geojson';

export async function drawPolygon(map: MlMap, onFinish: (p: Polygon) => void): Promise<() => void> {
  const [{ TerraDraw, TerraDrawPolygonMode }, { TerraDrawMapLibreGLAdapter }] = await Promise.all([
    import('terra-draw'),
    import('terra-draw-maplibre-gl-adapter')
  ]);
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode({
        styles: { fillColor: '#c0392b', fillOpacity: 0.2, outlineColor: '#c0392b', outlineWidth: 2 }
      })
    ]
  });
  draw.start();
  draw.setMode('polygon');
  draw.on('finish', (id) => {
    const f = draw.getSnapshotFeature(id);
    if (f?.geometry.type === 'Polygon') onFinish(f.geometry as Polygon);
  });
  return () => {
    draw.clear();
    draw.stop();
  };
}
