// Built answers kept in memory, bounded by count AND bytes (a few large snapshots can weigh
// more than many small deltas), least recently used first out. What is being built is cached
// as a promise, so requests arriving meanwhile share that one build.

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

interface Entry<V> {
  promise: Promise<V>;
  value?: V;
  /** Bytes counted for this entry so far: 0 until built, then `weigh(value)` as it grows. */
  weight: number;
}

export class PayloadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private total = 0;
  /** How many times something was built: what concurrent requests and the bounds are checked by. */
  builds = 0;

  constructor(
    readonly limits: CacheLimits,
    private readonly weigh: (value: V) => number,
  ) {}

  /** The value for `key`: remembered, being built (shared), or built now. A failed build is forgotten. */
  get(key: string, build: () => Promise<V>): Promise<V> {
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key); // re-inserted last: the most recently used
      this.entries.set(key, known);
      return known.promise;
    }
    this.builds++;
    const entry: Entry<V> = { promise: build(), weight: 0 };
    this.entries.set(key, entry);
    entry.promise.then(
      (value) => {
        entry.value = value;
        this.reweigh(key);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.evict();
    return entry.promise;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Counts a value again after it grew (a new encoding), then keeps within the bounds. */
  reweigh(key: string): void {
    const entry = this.entries.get(key);
    if (entry?.value === undefined) return;
    const weight = this.weigh(entry.value);
    this.total += weight - entry.weight;
    entry.weight = weight;
    this.evict();
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }

  // O(1) per entry removed. The newest entry always stays, even alone above maxBytes: it is
  // being answered now, and a single payload is bounded by the directory's size.
  private evict(): void {
    while (this.entries.size > 1 && (this.entries.size > this.limits.maxEntries || this.total > this.limits.maxBytes)) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
  }
}
