import net from 'node:net';

/**
 * IPv4 ranges an outgoing fetch must never reach: "this network", private (RFC 1918),
 * CGNAT, loopback, link-local (cloud metadata lives at 169.254.169.254), IETF protocol
 * assignments, documentation, 6to4 relays, benchmarking, multicast, reserved and broadcast.
 */
const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

/**
 * IPv6 inside global unicast (2000::/3) that still is not the public internet: Teredo and
 * other protocol assignments, documentation, and 6to4 (which embeds an IPv4 address that
 * may be private). Everything outside 2000::/3 — loopback, unspecified, IPv4-mapped and
 * -compatible, NAT64, ULA (fc00::/7), link-local, site-local, multicast — is refused too.
 */
const SPECIAL_V6: [string, number][] = [
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['3fff::', 20],
];

const privateV4 = new net.BlockList();
for (const [prefix, bits] of PRIVATE_V4) privateV4.addSubnet(prefix, bits, 'ipv4');
const globalV6 = new net.BlockList();
globalV6.addSubnet('2000::', 3, 'ipv6');
const specialV6 = new net.BlockList();
for (const [prefix, bits] of SPECIAL_V6) specialV6.addSubnet(prefix, bits, 'ipv6');

/** `[::1]` (a URL's hostname) → `::1`. */
export function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * True only for an address on the public internet. Allow-list for IPv6 (global unicast
 * only), deny-list for IPv4; anything that is not an IP address at all is not public.
 */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return !privateV4.check(address, 'ipv4');
  if (family === 6) return globalV6.check(address, 'ipv6') && !specialV6.check(address, 'ipv6');
  return false;
}

/** True for 127.0.0.0/8 and ::1 (the only targets a test may open up, see OutboundPolicy). */
export function isLoopbackAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return address.startsWith('127.');
  return family === 6 && address === '::1';
}
