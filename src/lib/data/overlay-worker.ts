// Browser worker: the overlay engine (GEOS WebAssembly) off the main thread, so the UI never
// freezes while layers are prepared or cut. Replies carry the id of the request they answer.
import { OverlaySession, type SessionMessage } from '$lib/geo/overlay-session';

const session = OverlaySession.open();

self.onmessage = (e: MessageEvent<{ id: number; msg: SessionMessage }>) => {
  const { id, msg } = e.data;
  session.then(
    (s) => {
      try {
        self.postMessage({ id, ok: true, result: s.handle(msg) });
      } catch (err) {
        self.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
      }
    },
    (err: unknown) => self.postMessage({ id, ok: false, error: String(err) })
  );
};
