import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isPublicAddress } from './outbound-address.js';
import { createSafeFetcher, SafeFetchError, type SafeFetchFailure, type SafeFetchRequest } from './safe-fetch.js';

const HTML: SafeFetchRequest = { maxBytes: 1024 * 1024, accept: ['text/html'] };

/** A real HTTP server on a random loopback port; `other` is a second one the policy does not open. */
async function listen(handler: http.RequestListener): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function refusal(promise: Promise<unknown>): Promise<SafeFetchFailure> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SafeFetchError, String(error));
    return error.reason;
  }
  assert.fail('the fetch was not refused');
}

describe('safe fetch', () => {
  let port: number;
  let otherPort: number;
  const hits: string[] = [];
  const hosts: string[] = [];
  const servers: http.Server[] = [];

  before(async () => {
    const main = await listen((req, res) => {
      hits.push(req.url ?? '');
      hosts.push(req.headers.host ?? '');
      const url = req.url ?? '/';
      if (url === '/page') return res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' }).end('<title>Hi</title>');
      if (url === '/png') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100));
      if (url === '/big') {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 40; i++) res.write('x'.repeat(64 * 1024));
        return res.end();
      }
      if (url === '/big-declared')
        return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 * 1024) }).end();
      if (url === '/gzip') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('....');
      if (url === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('late'), 3000);
      if (url === '/trickle') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<title>');
        return void setTimeout(() => res.end('</title>'), 3000);
      }
      if (url === '/to-page') return res.writeHead(302, { location: '/page' }).end();
      if (url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (url === '/to-other') return res.writeHead(301, { location: `http://127.0.0.1:${otherPort}/page` }).end();
      if (url === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (url === '/missing') return res.writeHead(404, { 'content-type': 'text/html' }).end('no');
      res.writeHead(500).end();
    });
    const other = await listen((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>internal</title>'));
    port = main.port;
    otherPort = other.port;
    servers.push(main.server, other.server);
  });
  after(() => {
    for (const server of servers) server.closeAllConnections();
    return Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const production = () => createSafeFetcher();
  const testing = (extra: Parameters<typeof createSafeFetcher>[0] = {}) => createSafeFetcher({ loopbackPorts: [port], ...extra });

  it('classifies addresses: only the public internet is public', () => {
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e'])
      assert.ok(isPublicAddress(address), address);
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '198.18.0.1',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::127.0.0.1',
      '64:ff9b::a00:1',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      '2002:7f00:1::1',
      '2001:db8::1',
      'localhost',
    ])
      assert.equal(isPublicAddress(address), false, address);
  });

  it('refuses private, loopback, link-local and mapped addresses, even when a server listens there', async () => {
    const cases: [string, SafeFetchFailure][] = [
      [`http://127.0.0.1:${port}/page`, 'private_address'],
      ['http://127.0.0.1/', 'private_address'],
      ['http://10.0.0.1/', 'private_address'],
      ['http://192.168.0.10/', 'private_address'],
      ['http://169.254.169.254/latest/meta-data/', 'private_address'],
      ['http://100.100.100.200/', 'private_address'],
      [`http://[::1]:${port}/page`, 'private_address'],
      ['http://[::ffff:127.0.0.1]/', 'private_address'],
      ['http://[fd00::1]/', 'private_address'],
      ['http://2130706433/', 'private_address'],
      ['http://0x7f.1/', 'private_address'],
      [`http://localhost:${port}/page`, 'private_address'],
      ['http://93.184.216.34:8080/', 'port'],
      ['https://93.184.216.34:8443/', 'port'],
      ['ftp://93.184.216.34/', 'scheme'],
      ['file:///etc/passwd', 'scheme'],
      ['javascript:alert(1)', 'scheme'],
      ['http://user:secret@93.184.216.34/', 'bad_url'],
      ['not a url', 'bad_url'],
    ];
    for (const [url, reason] of cases) assert.equal(await refusal(production().fetch(url, HTML)), reason, url);
    assert.deepEqual(hits, [], 'no request reached the server');
  });

  it('refuses a host name that resolves to a private address, or to a mix of public and private', async () => {
    const resolve = async (hostname: string) => {
      if (hostname === 'internal.example') return [{ address: '127.0.0.1', family: 4 }];
      if (hostname === 'mixed.example')
        return [
          { address: '93.184.216.34', family: 4 },
          { address: '10.0.0.7', family: 4 },
        ];
      if (hostname === 'v6.example') return [{ address: '::1', family: 6 }];
      throw new Error('ENOTFOUND');
    };
    const fetcher = createSafeFetcher({ resolve });
    assert.equal(await refusal(fetcher.fetch(`http://internal.example:${port}/page`, HTML)), 'private_address');
    assert.equal(await refusal(fetcher.fetch('http://mixed.example/', HTML)), 'private_address');
    assert.equal(await refusal(fetcher.fetch('http://v6.example/', HTML)), 'private_address');
    assert.equal(await refusal(fetcher.fetch('http://nowhere.example/', HTML)), 'dns');
    assert.deepEqual(hits, []);
  });

  it('connects to the address it checked, sending the host name (no second lookup to rebind)', async () => {
    const fetcher = testing({ resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    hosts.length = 0;
    const res = await fetcher.fetch(`http://pinned.example:${port}/page`, HTML);
    assert.equal(res.body.toString(), '<title>Hi</title>');
    assert.equal(res.contentType, 'text/html');
    assert.equal(res.charset, 'utf-8');
    assert.deepEqual(hosts, [`pinned.example:${port}`]);
  });

  it('follows up to 3 redirects, checking each one', async () => {
    const fetcher = testing();
    const ok = await fetcher.fetch(`http://127.0.0.1:${port}/to-page`, HTML);
    assert.equal(ok.url, `http://127.0.0.1:${port}/page`);
    hits.length = 0;
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/to-metadata`, HTML)), 'private_address');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/to-other`, HTML)), 'private_address');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/to-file`, HTML)), 'scheme');
    assert.deepEqual(hits, ['/to-metadata', '/to-other', '/to-file'], 'no redirect target was requested');
    hits.length = 0;
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/loop`, HTML)), 'redirects');
    assert.equal(hits.length, 4, 'the first request and three redirects');
  });

  it('caps the body, refuses other media types and compressed bodies, and gives up on error statuses', async () => {
    const fetcher = testing();
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/big`, HTML)), 'too_large');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/big-declared`, HTML)), 'too_large');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/png`, HTML)), 'content_type');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/gzip`, HTML)), 'encoding');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/missing`, HTML)), 'http_status');
    const png = await fetcher.fetch(`http://127.0.0.1:${port}/png`, { maxBytes: 1000, accept: ['image/'] });
    assert.equal(png.body.length, 100);
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/png`, { maxBytes: 99, accept: ['image/'] })), 'too_large');
  });

  it('gives up when the server is too slow to answer or to finish the body', async () => {
    const fetcher = testing({ timeoutMs: 200 });
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/slow`, HTML)), 'timeout');
    assert.equal(await refusal(fetcher.fetch(`http://127.0.0.1:${port}/trickle`, HTML)), 'timeout');
  });
});
