// Compressed bodies kept in memory, keyed by what names the bytes (an ETag, a tile address), so a
// body is compressed once per coding. Least recently used entries go when the budget is full.
// A coding that does not shrink the body is remembered as null: the caller sends the bytes as they are.
import { compressBytes } from './compress-bytes';
import type { ContentCoding } from './negotiate-encoding';

type Coding = Exclude<ContentCoding, 'identity'>;

export class EncodedBodies {
  private readonly entries = new Map<string, Promise<Uint8Array<ArrayBuffer> | null>>();
  private readonly sizes = new Map<string, number>();
  private used = 0;

  constructor(private readonly budgetBytes: number) {}

  /** `body` in `coding`, from memory or compressed now; `load` gives a stored encoding first. */
  get(
    key: string,
    coding: Coding,
    body: Uint8Array,
    load?: () => Promise<Uint8Array<ArrayBuffer> | null>
  ): Promise<Uint8Array<ArrayBuffer> | null> {
    const k = `${coding}:${key}`;
    const hit = this.entries.get(k);
    if (hit) {
      this.entries.delete(k);
      this.entries.set(k, hit);
      return hit;
    }
    const made = (async () => {
      const out = (await load?.()) ?? (await compressBytes(body, coding));
      return out.byteLength < body.byteLength ? out : null;
    })();
    this.entries.set(k, made);
    made.then(
      (out) => this.account(k, out?.byteLength ?? 0),
      () => this.entries.delete(k)
    );
    return made;
  }

  private account(k: string, size: number): void {
    if (!this.entries.has(k)) return;
    this.sizes.set(k, size);
    this.used += size;
    for (const old of this.entries.keys()) {
      if (this.used <= this.budgetBytes || old === k) break;
      this.used -= this.sizes.get(old) ?? 0;
      this.sizes.delete(old);
      this.entries.delete(old);
    }
  }
}
