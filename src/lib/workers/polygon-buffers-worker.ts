// Browser worker: a team layer version's Arrow bytes → its packed PolygonBuffers, full and
// simplified for small scales (decoding and triangulating 10,000 polygons takes seconds; the map
// page stays responsive meanwhile).
import { packPolygonBuffers } from '../geo/polygon-buffers-codec';
import { teamLayerBuffers } from '../team-layers/team-layer-buffers';

self.onmessage = (e: MessageEvent<{ bytes: Uint8Array; keyField: string }>) => {
  try {
    const { buffers, coarse } = teamLayerBuffers(e.data.bytes, e.data.keyField);
    const packed = [packPolygonBuffers(buffers), packPolygonBuffers(coarse)];
    self.postMessage({ ok: true, packed }, { transfer: packed.map((p) => p.buffer) });
  } catch (err) {
    self.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
