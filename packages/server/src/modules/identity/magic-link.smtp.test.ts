import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { assertProblem, mailsTo, NO_RATE_LIMITS, tokenIn } from './identity.test-support.js';

interface ReceivedMail {
  to: string;
  headers: string;
  text: string;
}

/** A real SMTP server on a loopback port that hands over every message it receives, by recipient. */
async function startSmtpSink() {
  const received: ReceivedMail[] = [];
  const waiting: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo[0]?.address ?? '';
        const mail = { to, ...parseMessage(Buffer.concat(chunks).toString('utf8')) };
        const index = waiting.findIndex((w) => w.to === to);
        if (index >= 0) waiting.splice(index, 1)[0]!.resolve(mail);
        else received.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    /** The next mail to `to` (one already received, or the next to arrive). */
    next(to: string): Promise<ReceivedMail> {
      const index = received.findIndex((m) => m.to === to);
      if (index >= 0) return Promise.resolve(received.splice(index, 1)[0]!);
      return new Promise((resolve) => waiting.push({ to, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headers and the decoded text of a single-part message (7bit, quoted-printable or base64). */
function parseMessage(raw: string): { headers: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return { headers, text: Buffer.from(body, 'base64').toString('utf8') };
  if (encoding === 'quoted-printable') {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
    }
    return { headers, text: Buffer.from(bytes).toString('utf8') };
  }
  return { headers, text: body };
}

describe('magic links over real SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.now());

  before(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({ clock, worker: true, env: { ...NO_RATE_LIMITS, HEARTH_SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } });
    owner = await setUpCommunity(app);
  });
  after(async () => {
    await app.close();
    await smtp.close();
  });

  it('delivers the link by SMTP; the link signs in once, and /api/me works with the new session', { timeout: 20_000 }, async () => {
    const { member } = await registerMember(app);
    const requested = await app.client().post('/api/auth/magic-link', { email: member.email });
    assert.equal(requested.status, 202);
    const mail = await smtp.next(member.email);
    assert.match(mail.headers, /^subject: Your sign-in link for Test Hearth/im);
    const token = tokenIn(mail.text, 'magic');

    const browser = app.client();
    const verified = await browser.post('/api/auth/magic-link/verify', { token });
    assert.equal(verified.status, 200);
    const me = await browser.get('/api/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.member.id, member.id);
    assert.equal(me.body.member.emailVerified, true);

    // The worker marks the mail sent once the SMTP server's reply reaches it, just after we got the message.
    let status: string | undefined;
    for (let attempt = 0; attempt < 100 && status !== 'sent'; attempt++) {
      status = (await mailsTo(owner, member.email, 'magic_link'))[0]?.status;
      if (status !== 'sent') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(status, 'sent');
    assertProblem(await app.client().post('/api/auth/magic-link/verify', { token }), 422, 'token_invalid');
  });

  it('refuses a delivered link once it has expired', { timeout: 20_000 }, async () => {
    const { member } = await registerMember(app);
    await app.client().post('/api/auth/magic-link', { email: member.email });
    const token = tokenIn((await smtp.next(member.email)).text, 'magic');
    clock.advance(15 * 60_000 + 1);
    const browser = app.client();
    assertProblem(await browser.post('/api/auth/magic-link/verify', { token }), 422, 'token_invalid');
    assert.equal(browser.cookies.size, 0);
  });
});
