// An in-process OverlaySession as the facts' overlay port (Node: command line, server, tests).
import type { OverlaySession } from '../geo/overlay-session';
import type { OverlayPort } from './facts-ports';

export function sessionOverlayPort(session: OverlaySession): OverlayPort {
  return {
    adjacency: async (layer, ids) => session.adjacency(layer, ids),
    overlay: async (request) => session.overlay(request),
    hits: async (request) => session.hits(request)
  };
}
