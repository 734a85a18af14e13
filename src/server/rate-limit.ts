// A token bucket per client address: bursts up to `capacity`, then `perMinute` a minute.
// Generous on purpose: a library's public computers share one address.
export interface RateLimit {
  capacity: number;
  perMinute: number;
}

export function rateLimiter({ capacity, perMinute }: RateLimit, now = () => Date.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  /** 0 when allowed (and counted), otherwise the seconds to wait. */
  const take = (address: string): number => {
    const t = now();
    const bucket = buckets.get(address) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * refillPerMs);
    bucket.at = t;
    buckets.set(address, bucket);
    if (buckets.size > 10_000) for (const [key, b] of buckets) if (b.tokens >= capacity) buckets.delete(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
  };
  /** Gives back a token taken for something that turned out not to count (a replay). */
  const refund = (address: string) => {
    const bucket = buckets.get(address);
    if (bucket) bucket.tokens = Math.min(capacity, bucket.tokens + 1);
  };
  return { take, refund };
}
