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
}
