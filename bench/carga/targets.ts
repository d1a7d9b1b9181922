// One client's view of the app instances: round-robin over those it has not seen fail, so a
// client whose instance died (connection refused or reset) fails over to the others.

export interface Instance {
  name: string;
  url: string;
}

export class Targets {
  private readonly dead = new Set<string>();
  private turn: number;

  constructor(
    private readonly instances: readonly Instance[],
    start = 0
  ) {
    this.turn = start;
  }

  /** The next live instance, or null when every one has failed. */
  next(): Instance | null {
    for (let k = 0; k < this.instances.length; k++) {
      const i = this.instances[this.turn++ % this.instances.length]!;
      if (!this.dead.has(i.name)) return i;
    }
    return null;
  }

  drop(instance: Instance): void {
    this.dead.add(instance.name);
  }
}
