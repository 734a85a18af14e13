// A token bucket per client: bursts up to `capacity`, then `perMinute` a minute.
// Generous on purpose: a library's public computers share one address.
import { limitKey } from './client-address';

export interface RateLimit {
  capacity: number;
  perMinute: number;
}

export interface LimiterOptions {
  now?: () => number;
  /** Clients remembered at most; past that the one heard from longest ago is forgotten. */
  maxClients?: number;
}

/**
 * Buckets are keyed by `limitKey` (an IPv6 client counts by its /64) and kept in a Map in
 * least-recently-used order, so forgetting one when full costs O(1): a flood of new addresses
 * cannot grow memory, nor make every request scan the whole map. A forgotten client starts
 * again with a full bucket, which gives it nothing it could not get from a fresh address.
 */
export function rateLimiter({ capacity, perMinute }: RateLimit, { now = () => Date.now(), maxClients = 10_000 }: LimiterOptions = {}) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;

  const bucketOf = (address: string) => {
    const key = limitKey(address);
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
    // Never below zero: a clock set back (an NTP correction) must not take tokens away.
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, t - bucket.at) * refillPerMs);
    bucket.at = t;
    buckets.delete(key); // re-inserted last: the most recently used
    buckets.set(key, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    return bucket;
  };

  /** 0 when allowed (and counted), otherwise the seconds to wait. */
  const take = (address: string): number => {
    const bucket = bucketOf(address);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
  };
  /** Gives back a token taken for something that turned out not to count (a replay). */
  const refund = (address: string) => {
    const bucket = buckets.get(limitKey(address));
    if (bucket) bucket.tokens = Math.min(capacity, bucket.tokens + 1);
  };
  return { take, refund, get clients() { return buckets.size; } };
}

/** How many more refused attempts than new requests an address may make. */
const REFUSALS_PER_REQUEST = 5;

/**
 * The allowance for new contact requests. A token is taken before the seal is opened, because
 * opening is the expensive part the limit protects. What it turns out to be decides the rest:
 * - stored as new: the token stays spent;
 * - a replay of a stored request: refunded, it cost a lookup only;
 * - refused (broken seal, invalid details, unknown service): refunded too, so junk sent from a
 *   shared address (a library, a proxy) does not lock out the people behind it, but refunds
 *   come from a second, larger bucket per address. Once that is empty, refused attempts count
 *   like new requests again, so a flood of junk still costs at most (capacity + 5 × capacity)
 *   seal openings in a burst, and 6 × the steady rate after.
 * A separate bound for refused attempts alone would need to refuse before opening (the seal
 * cannot be judged unopened), locking out the genuine requests just the same.
 */
export function requestAllowance(limit: RateLimit, options: LimiterOptions = {}) {
  const allowed = rateLimiter(limit, options);
  const refunds = rateLimiter({ capacity: limit.capacity * REFUSALS_PER_REQUEST, perMinute: limit.perMinute * REFUSALS_PER_REQUEST }, options);
  return {
    take: allowed.take,
    replayed: allowed.refund,
    refused: (address: string) => {
      if (refunds.take(address) === 0) allowed.refund(address);
    },
  };
}
