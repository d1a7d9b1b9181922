// Main-thread side of the browser overlay worker: promise per request.
import type { MultiPolygon } from 'geojson';
import type { AreaHits } from '$lib/geo/area-hits';
import type {
  HitsRequest,
  LoadSummary,
  OverlayRequest,
  WireFeature
} from '$lib/geo/overlay-session';
import type { OverlayResult } from '$lib/geo/overlay-types';
import type { InputFile } from '../import/import-error';
import type { ImportedTable } from '../import/read-table';
import type { WorkerMessage } from './overlay-worker';

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export class OverlayClient {
  #worker = new Worker(new URL('./overlay-worker.ts', import.meta.url), { type: 'module' });
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #next = 0;

  constructor() {
    this.#worker.onmessage = (e: MessageEvent<Reply>) => {
      const p = this.#pending.get(e.data.id);
      this.#pending.delete(e.data.id);
      if (e.data.ok) p?.resolve(e.data.result);
      else p?.reject(new Error(e.data.error));
    };
    this.#worker.onerror = (e) => {
      for (const p of this.#pending.values())
        p.reject(new Error(e.message || 'Fallo del motor de cruces'));
      this.#pending.clear();
    };
  }

  #call(msg: WorkerMessage, transfer: Transferable[] = []): Promise<unknown> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, msg }, transfer);
    });
  }

  load(layer: string, features: WireFeature[]): Promise<LoadSummary> {
    return this.#call({ kind: 'load', request: { layer, features } }) as Promise<LoadSummary>;
  }

  /** A team layer version's Arrow bytes (a copy is sent; the caller keeps its own). */
  loadArrow(layer: string, bytes: Uint8Array, keyField: string): Promise<LoadSummary> {
    const copy = bytes.slice();
    return this.#call({ kind: 'load-arrow', layer, bytes: copy, keyField }, [
      copy.buffer
    ]) as Promise<LoadSummary>;
  }

  overlay(request: OverlayRequest): Promise<OverlayResult> {
    return this.#call({ kind: 'overlay', request }) as Promise<OverlayResult>;
  }

  adjacency(layer: string, ids: string[]): Promise<Record<string, string[]>> {
    return this.#call({ kind: 'adjacency', layer, ids }) as Promise<Record<string, string[]>>;
  }

  hits(request: HitsRequest): Promise<Record<string, AreaHits>> {
    return this.#call({ kind: 'hits', request }) as Promise<Record<string, AreaHits>>;
  }

  dissolve(layer: string, ids: string[]): Promise<MultiPolygon> {
    return this.#call({ kind: 'dissolve', layer, ids }) as Promise<MultiPolygon>;
  }

  /** A GeoTIFF's zonal statistics over a loaded layer, as a table keyed by its ids. */
  raster(layer: string, file: InputFile): Promise<ImportedTable> {
    return this.#call({ kind: 'raster', layer, file }, [
      file.bytes.buffer as ArrayBuffer
    ]) as Promise<ImportedTable>;
  }

  terminate(): void {
    this.#worker.terminate();
  }
}
