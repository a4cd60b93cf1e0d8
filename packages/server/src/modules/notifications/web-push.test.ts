/**
 * Web push against a local push service speaking the real protocol (HTTPS, VAPID auth,
 * RFC 8291 aes128gcm): the test holds the browser's keys and decrypts what arrives.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memberWithRole } from '../../../test/community.js';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function selfSignedCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-push-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const pair = { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  fs.rmSync(dir, { recursive: true, force: true });
  return pair;
}

/** A browser's side of a subscription: its P-256 key pair and auth secret. */
function browserKeys() {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = crypto.randomBytes(16);
  return { ecdh, auth, p256dh: ecdh.getPublicKey().toString('base64url'), authText: auth.toString('base64url') };
}

/** RFC 8291 / RFC 8188 decryption of one aes128gcm record, as the browser does it. */
function decrypt(body: Buffer, keys: ReturnType<typeof browserKeys>): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = keys.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), keys.ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(crypto.hkdfSync('sha256', shared, keys.auth, keyInfo, 32));
  const cek = Buffer.from(crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then padding zeros.
  return plain.subarray(0, plain.lastIndexOf(2)).toString('utf8');
}

describe('web push', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ada: { client: ApiClient; id: string };
  let grace: { client: ApiClient; id: string };
  let service: https.Server;
  let base: string;
  const received: Received[] = [];
  let answer = 201;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };

  before(async () => {
    const tls = selfSignedCertificate();
    service = https.createServer(tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(service.address() as AddressInfo).port}`;
    app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' }, pushAgent: new https.Agent({ ca: tls.cert }) });
    owner = await setUpCommunity(app);
    ada = await memberWithRole(app, owner, 'member', { displayName: 'Ada' });
    grace = await memberWithRole(app, owner, 'member', { displayName: 'Grace' });
  });
  after(async () => {
    await app.close();
    service.close();
  });

  it('pushes an encrypted, VAPID-signed notice to the subscribed browser, and forgets a subscription the service says is gone', async () => {
    const key = (await grace.client.get('/api/push/key')).body.publicKey as string;
    assert.equal(Buffer.from(key, 'base64url').length, 65, 'an uncompressed P-256 public key');
    assert.equal((await ada.client.get('/api/push/key')).body.publicKey, key, 'one key pair per community');
    const keys = browserKeys();
    const endpoint = `${base}/push/grace-laptop`;
    const added = await grace.client.post('/api/push/subscriptions', { endpoint, keys: { p256dh: keys.p256dh, auth: keys.authText } });
    assert.equal(added.status, 204, JSON.stringify(added.body));

    const dm = (await ada.client.post('/api/dms', { memberIds: [grace.id] })).body.conversation.id;
    await ada.client.post(`/api/conversations/${dm}/messages`, { body: 'Lunch at noon?' });
    await settle();
    assert.equal(received.length, 1);
    const push = received[0]!;
    assert.equal(push.path, '/push/grace-laptop');
    assert.equal(push.headers['content-encoding'], 'aes128gcm');
    assert.equal(push.headers.ttl, '3600');
    const authorization = String(push.headers.authorization);
    assert.match(authorization, /^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/);
    assert.equal(authorization.split('k=')[1], key);
    const jwtClaims = JSON.parse(Buffer.from(authorization.slice(8).split('.')[1]!, 'base64url').toString());
    assert.equal(jwtClaims.aud, base);
    const payload = JSON.parse(decrypt(push.body, keys));
    assert.equal(payload.title, 'Test Hearth');
    assert.equal(payload.body, 'Ada sent you a message');
    assert.equal(payload.url, `/chat/${dm}`);
    assert.equal(payload.tag, `dm:${dm}`);

    // The browser unsubscribed behind our back: 410 Gone, and the subscription is dropped.
    answer = 410;
    await ada.client.post(`/api/conversations/${dm}/messages`, { body: 'Hello?' });
    await settle();
    assert.equal(received.length, 2);
    const left = await app.hearth.platform.db.selectFrom('pushSubscription').select('id').where('memberId', '=', grace.id).execute();
    assert.equal(left.length, 0);
    answer = 201;
  });

  it('respects the member’s choice: push off for a kind sends nothing, and removing a subscription stops it', async () => {
    const keys = browserKeys();
    const endpoint = `${base}/push/grace-phone`;
    await grace.client.post('/api/push/subscriptions', { endpoint, keys: { p256dh: keys.p256dh, auth: keys.authText } });
    await grace.client.patch('/api/me/notification-settings', { kinds: { dm: { push: false } } });
    const before = received.length;
    const dm = (await ada.client.post('/api/dms', { memberIds: [grace.id] })).body.conversation.id;
    await ada.client.post(`/api/conversations/${dm}/messages`, { body: 'quiet please' });
    await settle();
    assert.equal(received.length, before);
    await grace.client.patch('/api/me/notification-settings', { kinds: { dm: { push: true } } });
    // Someone else cannot remove Grace's subscription; she can.
    assert.equal((await ada.client.delete(`/api/push/subscriptions?endpoint=${encodeURIComponent(endpoint)}`)).status, 204);
    assert.equal(
      (await app.hearth.platform.db.selectFrom('pushSubscription').select('id').where('endpoint', '=', endpoint).execute()).length,
      1,
    );
    assert.equal((await grace.client.delete(`/api/push/subscriptions?endpoint=${encodeURIComponent(endpoint)}`)).status, 204);
    await ada.client.post(`/api/conversations/${dm}/messages`, { body: 'anyone?' });
    await settle();
    assert.equal(received.length, before);
  });
});
