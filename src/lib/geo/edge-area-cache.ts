// Memo of each geodesic edge's area term S12 (m²), keyed by its endpoints. An overlay's pieces
// reuse most edges of the municipio they were cut from (GEOS keeps input vertices exactly), so
// their areas need GeographicLib's inverse solution only for the new edges along the cut.
// Open addressing over typed arrays, allocation-free; edges are stored in one canonical direction
// (S12 changes sign with the direction).

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

function mix(h: number, x: number): number {
  f64[0] = x;
  return Math.imul(Math.imul(h ^ i32[0]!, 0x01000193) ^ i32[1]!, 0x01000193);
}

export class EdgeAreaCache {
  private capacity = 1 << 16;
  private keys = new Float64Array(this.capacity * 4);
  private values = new Float64Array(this.capacity);
  private used = new Uint8Array(this.capacity);
  private size = 0;

  private slot(a: number, b: number, c: number, d: number): number {
    const mask = this.capacity - 1;
    const h = mix(mix(mix(mix(0x811c9dc5, a), b), c), d);
    let i = (h ^ (h >>> 15)) & mask;
    const k = this.keys;
    while (
      this.used[i] &&
      !(k[4 * i] === a && k[4 * i + 1] === b && k[4 * i + 2] === c && k[4 * i + 3] === d)
    )
      i = (i + 1) & mask;
    return i;
  }

  private static forward(lon1: number, lat1: number, lon2: number, lat2: number): boolean {
    return lon1 < lon2 || (lon1 === lon2 && lat1 <= lat2);
  }

  /** S12 of the edge (lon1,lat1)→(lon2,lat2), or NaN when not stored. */
  lookup(lon1: number, lat1: number, lon2: number, lat2: number): number {
    const fw = EdgeAreaCache.forward(lon1, lat1, lon2, lat2);
    const i = fw ? this.slot(lon1, lat1, lon2, lat2) : this.slot(lon2, lat2, lon1, lat1);
    if (!this.used[i]) return Number.NaN;
    return fw ? this.values[i]! : -this.values[i]!;
  }

  store(lon1: number, lat1: number, lon2: number, lat2: number, s12: number): void {
    const fw = EdgeAreaCache.forward(lon1, lat1, lon2, lat2);
    if (fw) this.put(lon1, lat1, lon2, lat2, s12);
    else this.put(lon2, lat2, lon1, lat1, -s12);
  }

  private put(a: number, b: number, c: number, d: number, v: number): void {
    const i = this.slot(a, b, c, d);
    if (!this.used[i]) {
      this.used[i] = 1;
      if (++this.size * 2 > this.capacity) {
        this.keys[4 * i] = a;
        this.keys[4 * i + 1] = b;
        this.keys[4 * i + 2] = c;
        this.keys[4 * i + 3] = d;
        this.values[i] = v;
        this.grow();
        return;
      }
    }
    this.keys[4 * i] = a;
    this.keys[4 * i + 1] = b;
    this.keys[4 * i + 2] = c;
    this.keys[4 * i + 3] = d;
    this.values[i] = v;
  }

  private grow(): void {
    const { keys, values, used } = this;
    this.capacity *= 2;
    this.keys = new Float64Array(this.capacity * 4);
    this.values = new Float64Array(this.capacity);
    this.used = new Uint8Array(this.capacity);
    for (let i = 0; i < used.length; i++) {
      if (!used[i]) continue;
      const j = this.slot(keys[4 * i]!, keys[4 * i + 1]!, keys[4 * i + 2]!, keys[4 * i + 3]!);
      this.keys.set(keys.subarray(4 * i, 4 * i + 4), 4 * j);
      this.values[j] = values[i]!;
      this.used[j] = 1;
    }
  }
}
