// The per-client limiter on its own, with a fake clock: what counts as one client, how much it
// remembers, and what refused attempts cost.
import { describe, expect, it } from 'vitest';
import { canonicalAddress, limitKey, TrustedProxies } from '../../src/server/client-address';
import { rateLimiter, requestAllowance } from '../../src/server/rate-limit';
import { readConfig } from '../../src/server/config';

const fakeClock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('one client, one bucket', () => {
  it('writes addresses in one form, an IPv4-mapped IPv6 address as the IPv4 it is', () => {
    expect(canonicalAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(canonicalAddress('::FFFF:c000:0207')).toBe('192.0.2.7');
    expect(canonicalAddress('[2001:DB8::1]:443')).toBe('2001:db8:0:0:0:0:0:1');
    expect(canonicalAddress('192.0.2.7:5678')).toBe('192.0.2.7');
    expect(canonicalAddress('fe80::1%eth0')).toBe('fe80:0:0:0:0:0:0:1');
    expect(canonicalAddress('not an address')).toBeUndefined();
  });

  it('counts an IPv6 client by its /64: a phone can pick a new address in it for every request', () => {
    expect(limitKey('2001:db8:1:2::1')).toBe(limitKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(limitKey('2001:db8:1:2::1')).not.toBe(limitKey('2001:db8:1:3::1'));
    expect(limitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(limitKey('*')).toBe('*');

    const clock = fakeClock();
    const limiter = rateLimiter({ capacity: 2, perMinute: 1 }, { now: clock.now });
    expect(limiter.take('2001:db8:1:2::1')).toBe(0);
    expect(limiter.take('2001:db8:1:2::2')).toBe(0);
    expect(limiter.take('2001:db8:1:2:dead:beef:0:3')).toBeGreaterThan(0);
    expect(limiter.take('2001:db8:1:3::1')).toBe(0);
  });

  it('refills at the steady rate and says how long to wait', () => {
    const clock = fakeClock();
    const limiter = rateLimiter({ capacity: 1, perMinute: 2 }, { now: clock.now });
    expect(limiter.take('192.0.2.1')).toBe(0);
    expect(limiter.take('192.0.2.1')).toBe(30);
    clock.advance(30_000);
    expect(limiter.take('192.0.2.1')).toBe(0);
  });

  it('takes nothing away when the clock is set back', () => {
    const clock = fakeClock();
    const limiter = rateLimiter({ capacity: 2, perMinute: 1 }, { now: clock.now });
    expect(limiter.take('192.0.2.1')).toBe(0);
    clock.advance(-3_600_000); // an NTP correction of an hour
    expect(limiter.take('192.0.2.1')).toBe(0);
  });
});

describe('memory under many addresses', () => {
  it('remembers at most 10,000 clients however many addresses ask', () => {
    const limiter = rateLimiter({ capacity: 60, perMinute: 10 }, { now: fakeClock().now });
    for (let n = 0; n < 30_000; n++) limiter.take(`2001:db8:${(n >> 16).toString(16)}:${(n & 0xffff).toString(16)}::1`);
    expect(limiter.clients).toBe(10_000);
    // And a client asking now is still counted, however full the memory is.
    const limited = rateLimiter({ capacity: 2, perMinute: 1 }, { now: fakeClock().now, maxClients: 100 });
    for (let n = 0; n < 1000; n++) limited.take(`192.0.${n >> 8}.${n & 255}`);
    expect([limited.take('198.51.100.1'), limited.take('198.51.100.1')]).toEqual([0, 0]);
    expect(limited.take('198.51.100.1')).toBeGreaterThan(0);
  });

  it('forgets the client heard from longest ago, not one that keeps asking', () => {
    const limiter = rateLimiter({ capacity: 1, perMinute: 1 }, { now: fakeClock().now, maxClients: 3 });
    limiter.take('192.0.2.1');
    limiter.take('192.0.2.2');
    limiter.take('192.0.2.3');
    expect(limiter.take('192.0.2.1')).toBeGreaterThan(0); // still limited, and now the most recent
    limiter.take('192.0.2.4'); // forgets .2
    expect(limiter.clients).toBe(3);
    expect(limiter.take('192.0.2.1')).toBeGreaterThan(0);
    expect(limiter.take('192.0.2.2')).toBe(0);
  });
});

describe('the allowance for contact requests', () => {
  it('gives back what refused attempts took, up to five times the burst, then counts them', () => {
    const allowance = requestAllowance({ capacity: 2, perMinute: 1 }, { now: fakeClock().now });
    const junk = () => {
      const wait = allowance.take('192.0.2.9');
      if (wait === 0) allowance.refused('192.0.2.9');
      return wait;
    };
    // 10 refunds, then the 2 tokens of the allowance itself: 12 refused attempts, then a wait.
    const waits = Array.from({ length: 13 }, junk);
    expect(waits.slice(0, 12)).toEqual(Array(12).fill(0));
    expect(waits[12]).toBeGreaterThan(0);
  });

  it('does not let junk use up what genuine requests from the same address need', () => {
    const allowance = requestAllowance({ capacity: 60, perMinute: 10 }, { now: fakeClock().now });
    for (let n = 0; n < 100; n++) {
      expect(allowance.take('192.0.2.9')).toBe(0);
      allowance.refused('192.0.2.9');
    }
    for (let n = 0; n < 60; n++) expect(allowance.take('192.0.2.9')).toBe(0);
  });
});

describe('TRUSTED_PROXIES', () => {
  it('takes addresses, ranges and "loopback"', () => {
    const trusted = TrustedProxies.parse('loopback, 10.0.0.0/8, fd00::/8, 192.0.2.5');
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.200.3.4', 'fd12::1', '192.0.2.5']) expect(trusted.has(a), a).toBe(true);
    for (const a of ['192.0.2.6', '11.0.0.1', '2001:db8::1', 'garbage']) expect(trusted.has(a), a).toBe(false);
  });

  it('refuses at start-up what is not an address or range, naming the setting and the entry', () => {
    expect(readConfig({ TRUSTED_PROXIES: '' }).trustedProxies).toBeUndefined();
    expect(readConfig({ TRUSTED_PROXIES: 'loopback' }).trustedProxies?.has('127.0.0.1')).toBe(true);
    for (const bad of ['proxy.example', '10.0.0.0/33', '10.0.0.1/8/2', '10.0.0.0/', '300.1.1.1']) {
      expect(() => readConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(`TRUSTED_PROXIES: "${bad}"`);
    }
  });
});
