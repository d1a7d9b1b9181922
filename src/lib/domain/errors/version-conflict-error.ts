// Optimistic concurrency: the record's saved version moved on since the client read it, so the
// write was refused and nothing was saved. The message is Spanish, for the user.
import { ANEXO2_ASPECTS, type Anexo2AspectId } from '../anexo2-aspects';

export class VersionConflictError extends Error {
  constructor(
    /** The record's id (district slug, action number…). */
    readonly id: string,
    readonly expected: number,
    readonly actual: number,
    message: string
  ) {
    super(message);
    this.name = 'VersionConflictError';
  }

  /** A district saved by someone else since the client read it. */
  static district(id: string, expected: number, actual: number): VersionConflictError {
    return new VersionConflictError(
      id,
      expected,
      actual,
      `El distrito «${id}» cambió mientras lo editaba: usted partió de la versión ${expected} y la guardada es la ${actual}.`
    );
  }

  /** A PEG action saved by someone else since the client read it. */
  static pegAction(id: number, expected: number, actual: number): VersionConflictError {
    return new VersionConflictError(
      String(id),
      expected,
      actual,
      `La acción ${id} cambió mientras la editaba (usted partió de la versión ${expected}; la guardada es la ${actual}).`
    );
  }
}

/** An anexo 2 aspect was saved by someone else since the client read it. */
export class Anexo2Conflict extends VersionConflictError {
  constructor(
    district: string,
    readonly aspect: Anexo2AspectId,
    expected: number,
    actual: number
  ) {
    const title = ANEXO2_ASPECTS.find((a) => a.id === aspect)?.title ?? aspect;
    super(
      district,
      expected,
      actual,
      `El aspecto «${title}» del anexo 2 de «${district}» cambió mientras lo editaba: usted partió de la versión ${expected} y la guardada es la ${actual}.`
    );
    this.name = 'Anexo2Conflict';
  }
}
