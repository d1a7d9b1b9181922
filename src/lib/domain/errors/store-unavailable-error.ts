// The database cannot be reached right now (PostgreSQL restarting, network down): nothing was
// written, and the same request can be repeated in a moment. Routes answer 503.
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(
      'La base de datos no está disponible en este momento; no se guardó nada. Intente de nuevo en unos segundos.',
      { cause }
    );
    this.name = 'StoreUnavailableError';
  }
}
