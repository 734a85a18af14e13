// Which client a request came from: what per-client limits count by. Behind a reverse proxy
// every request comes from the proxy, so the client's address is read from X-Forwarded-For,
// but only when the direct peer is a proxy the operator named (TRUSTED_PROXIES): anyone else
// could write any address there and get a fresh allowance with every request.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { BlockList, isIP } from 'node:net';

/**
 * An address in one canonical form: IPv4 dotted, IPv6 as eight lower-case groups, an
 * IPv4-mapped IPv6 address as its IPv4. Accepts the forms proxies write ("[::1]:443",
 * "1.2.3.4:5678", "fe80::1%eth0"); anything else is undefined.
 */
export function canonicalAddress(text: string): string | undefined {
  let a = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  a = a.replace(/%.*$/, '').toLowerCase();
  if (isIP(a) === 4) return a;
  if (isIP(a) !== 6) return undefined;
  const groups = ipv6Groups(a);
  // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket: the same client as a.b.c.d.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
  }
  return groups.map((g) => g.toString(16)).join(':');
}

function ipv6Groups(address: string): number[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [b0, b1, b2, b3] = v4.slice(1).map(Number);
    text = text.slice(0, v4.index) + ((b0 << 8) | b1).toString(16) + ':' + ((b2 << 8) | b3).toString(16);
  }
  const [head, tail] = text.split('::');
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = part(tail);
  return tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

/**
 * What a limit counts by: an IPv4 address, or an IPv6 address's /64 network, since one home
 * or phone gets a whole /64 and can pick a new address in it for every request. Keys that are
 * not addresses ("*" for everyone, "unknown") are kept as they are.
 */
export function limitKey(address: string): string {
  const canonical = canonicalAddress(address);
  if (!canonical) return address;
  if (!canonical.includes(':')) return canonical;
  return canonical.split(':').slice(0, 4).join(':') + '::/64';
}

/** The proxies named by TRUSTED_PROXIES: addresses, CIDR ranges, or "loopback". */
export class TrustedProxies {
  private constructor(private readonly list: BlockList, readonly description: string) {}

  /** Throws a message naming the setting and the entry to fix. */
  static parse(setting: string, name = 'TRUSTED_PROXIES'): TrustedProxies {
    const list = new BlockList();
    const entries = setting.split(',').map((e) => e.trim()).filter(Boolean);
    for (const entry of entries) {
      if (entry.toLowerCase() === 'loopback') {
        list.addSubnet('127.0.0.0', 8, 'ipv4');
        list.addAddress('::1', 'ipv6');
        continue;
      }
      const [address, prefix, ...extra] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      const bits = Number(prefix);
      const goodPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && bits <= (family === 'ipv6' ? 128 : 32));
      if (isIP(address) === 0 || !goodPrefix || extra.length > 0) {
        throw new Error(`${name}: "${entry}" is not an IP address, a range such as 10.0.0.0/8 or fd00::/8, or "loopback".`);
      }
      // Single addresses in canonical form, as peers are checked (::ffff:10.0.0.5 is 10.0.0.5).
      const canonical = canonicalAddress(address)!;
      if (prefix === undefined) list.addAddress(canonical, canonical.includes(':') ? 'ipv6' : 'ipv4');
      else list.addSubnet(address, bits, family);
    }
    if (entries.length === 0) throw new Error(`${name} is empty: name the reverse proxies' addresses (e.g. "loopback" or "10.0.0.5,10.1.0.0/16"), or leave it unset.`);
    return new TrustedProxies(list, entries.join(', '));
  }

  has(address: string): boolean {
    const canonical = canonicalAddress(address);
    if (!canonical) return false;
    return this.list.check(canonical, canonical.includes(':') ? 'ipv6' : 'ipv4');
  }
}

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // not behind @hono/node-server (tests calling app.fetch)
  }
}

/**
 * The address a request came from. With trusted proxies, and only when the direct peer is one
 * of them, X-Forwarded-For is read from the right (each proxy appends the address it was
 * reached from) to the first hop that is not a trusted proxy: hops further left were written
 * by the client and could say anything.
 */
export function clientAddress(c: Context, trusted?: TrustedProxies): string {
  const peer = peerAddress(c);
  if (peer === undefined) return 'unknown';
  let client = canonicalAddress(peer) ?? peer;
  if (!trusted?.has(client)) return client;
  const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').reverse();
  for (const hop of hops) {
    const address = canonicalAddress(hop);
    // A trusted proxy passed on something that is not an address: the proxy is the last hop known.
    if (!address) return client;
    client = address;
    if (!trusted.has(address)) return address;
  }
  return client;
}
