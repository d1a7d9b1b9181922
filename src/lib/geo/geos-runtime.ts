// One GEOS (WebAssembly) instance per thread. GEOS notices (e.g. the validity reason) and errors
// are captured instead of printed, so callers can report them.
import initGeosJs from 'geos-wasm';

export type Geos = Awaited<ReturnType<typeof initGeosJs>>;

export interface GeosRuntime {
  geos: Geos;
  /** Last GEOS error or notice since the previous call, then cleared. */
  takeMessage(): string | null;
}

let runtime: Promise<GeosRuntime> | null = null;

export function loadGeos(): Promise<GeosRuntime> {
  runtime ??= (async () => {
    let message: string | null = null;
    const keep = (m: string) => {
      message = m;
    };
    const geos = await initGeosJs({ errorHandler: keep, noticeHandler: keep });
    return {
      geos,
      takeMessage() {
        const m = message;
        message = null;
        return m;
      }
    };
  })();
  return runtime;
}
