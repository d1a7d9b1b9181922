// Browser worker: the overlay engine (GEOS WebAssembly) off the main thread, so the UI never
// freezes while layers are prepared or cut, or a raster is summarised per municipio. Replies
// carry the id of the request they answer.
import { OverlaySession, type SessionMessage } from '$lib/geo/overlay-session';
import { ImportError, type InputFile } from '../import/import-error';
import { rasterTable } from '../import/raster-table';

/** The session's calls, plus a GeoTIFF to summarise over a loaded layer. */
export type WorkerMessage = SessionMessage | { kind: 'raster'; layer: string; file: InputFile };

const session = OverlaySession.open();

async function run(s: OverlaySession, msg: WorkerMessage): Promise<unknown> {
  return msg.kind === 'raster' ? rasterTable(s, msg.layer, msg.file) : s.handle(msg);
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
