// Browser worker: the overlay engine (GEOS WebAssembly) off the main thread, so the UI never
// freezes while layers are prepared or cut, or a raster is summarised per municipio. Replies
// carry the id of the request they answer.
import { OverlaySession, type SessionMessage } from '$lib/geo/overlay-session';
import { ImportError, type InputFile } from '../import/import-error';
import { rasterTable } from '../import/raster-table';
import { teamLayerWire } from '../team-layers/team-layer-buffers';

/** The session's calls, a GeoTIFF to summarise over a loaded layer, and a team layer version's
 * Arrow bytes to load (decoded here, off the main thread). */
export type WorkerMessage =
  | SessionMessage
  | { kind: 'raster'; layer: string; file: InputFile }
  | { kind: 'load-arrow'; layer: string; bytes: Uint8Array; keyField: string };

const session = OverlaySession.open();

async function run(s: OverlaySession, msg: WorkerMessage): Promise<unknown> {
  if (msg.kind === 'raster') return rasterTable(s, msg.layer, msg.file);
  if (msg.kind === 'load-arrow')
    return s.load({ layer: msg.layer, features: teamLayerWire(msg.bytes, msg.keyField) });
  return s.handle(msg);
}

self.onmessage = (e: MessageEvent<{ id: number; msg: WorkerMessage }>) => {
  const { id, msg } = e.data;
  session
    .then((s) => run(s, msg))
    .then(
      (result) => self.postMessage({ id, ok: true, result }),
      (err: unknown) =>
        self.postMessage({
          id,
          ok: false,
          error:
            err instanceof ImportError
              ? err.message
              : err instanceof Error
                ? err.message
                : String(err)
        })
    );
};
