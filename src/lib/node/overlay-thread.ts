// Node worker thread: one OverlaySession answering session messages in order.
import { parentPort } from 'node:worker_threads';
import { OverlaySession, type SessionMessage } from '../geo/overlay-session';

const session = OverlaySession.open();

parentPort?.on('message', (msg: SessionMessage) => {
  void session.then(
    (s) => {
      try {
        parentPort?.postMessage({ ok: true, result: s.handle(msg) });
      } catch (e) {
        parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
      }
    },
    (e: unknown) => parentPort?.postMessage({ ok: false, error: String(e) })
  );
});
