import type { Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/database.js';
import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';
import type { JobQueue } from '../jobs/jobs.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is for (magic_link, password_reset …), shown in the outbox. */
  kind: string;
}

const SendMailPayload = z.object({ mailId: z.string() });

/**
 * Every mail is recorded. With SMTP configured it is queued and sent by a job (retried on
 * failure); without, it stays in the outbox the owner reads, so a fresh install works.
 */
export class Mailer {
  /** Created on first delivery: `nodemailer` is loaded only when SMTP is configured and used. */
  private transport: Promise<Transporter> | null = null;

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly smtpUrl: string | null,
    private readonly from: string,
  ) {
    jobs.define({ name: 'mail.send', payload: SendMailPayload, maxAttempts: 6, handle: ({ mailId }) => this.deliver(mailId) });
  }

  get isSmtp(): boolean {
    return this.smtpUrl !== null;
  }

  private smtp(): Promise<Transporter> | null {
    if (!this.smtpUrl) return null;
    const url = this.smtpUrl;
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url));
    return this.transport;
  }

  /** Records the mail (in the caller's transaction) and queues delivery. */
  async send(db: DbOrTx, message: MailMessage): Promise<string> {
    const id = this.ids.next();
    await db
      .insertInto('mail')
      .values({
        id,
        toAddress: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        kind: message.kind,
        status: this.isSmtp ? 'queued' : 'outbox',
        error: null,
        attempts: 0,
        createdAt: this.clock.now(),
        sentAt: null,
      })
      .execute();
    if (this.isSmtp) await this.jobs.enqueue(db, 'mail.send', { mailId: id });
    return id;
  }

  private async deliver(mailId: string): Promise<void> {
    const smtp = this.smtp();
    if (!smtp) return;
    const mail = await this.db.selectFrom('mail').selectAll().where('id', '=', mailId).executeTakeFirst();
    if (!mail || mail.status === 'sent') return;
    try {
      await (
        await smtp
      ).sendMail({ from: this.from, to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html ?? undefined });
      await this.db
        .updateTable('mail')
        .set({ status: 'sent', sentAt: this.clock.now(), attempts: mail.attempts + 1, error: null })
        .where('id', '=', mailId)
        .execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.db
        .updateTable('mail')
        .set({ status: 'failed', attempts: mail.attempts + 1, error: message.slice(0, 500) })
        .where('id', '=', mailId)
        .execute();
      throw error;
    }
  }

  close(): void {
    void this.transport?.then((transport) => transport.close());
  }
}
