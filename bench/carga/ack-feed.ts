// The ids of acknowledged comments, handed to the staff in arrival order: take() waits for the
// next one and gives null once the load is over and nothing is left.

export class AckFeed {
  private readonly ids: number[] = [];
  private next = 0;
  private closed = false;
  private waiters: (() => void)[] = [];

  push(id: number): void {
    this.ids.push(id);
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  async take(): Promise<number | null> {
    while (this.next >= this.ids.length) {
      if (this.closed) return null;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.ids[this.next++]!;
  }

  private wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const resolve of w) resolve();
  }
}
