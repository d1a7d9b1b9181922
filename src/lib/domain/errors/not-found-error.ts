// Something the caller asked for does not exist (a 404 for routes); the message is Spanish.

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }

  /** No district with this id. */
  static district(id: string): NotFoundError {
    return new NotFoundError(`No existe el distrito «${id}».`);
  }

  /** No team layer with this id, or it has no version `version`. */
  static teamLayer(id: string, version?: number): NotFoundError {
    return new NotFoundError(
      version === undefined
        ? `No existe la capa del equipo «${id}».`
        : `La capa del equipo «${id}» no tiene versión ${version}.`
    );
  }

  /** Every version of the team layer is retired: it has no current one. */
  static allRetired(id: string): NotFoundError {
    return new NotFoundError(`Todas las versiones de la capa del equipo «${id}» están retiradas.`);
  }
}
