import nodemailer, { type Transporter } from 'nodemailer';
import { type Logger } from 'pino';

export const MAILER = Symbol('MAILER');

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Which template produced it, for the dev mailbox and logs. */
  template: string;
  /** Extra headers, e.g. List-Unsubscribe for notification mails. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** True when mails really leave the system (SMTP), false for the log/dev mailbox. */
  readonly delivers: boolean;
  send(message: MailMessage): Promise<void>;
}

export class SmtpMailer implements Mailer {
  readonly delivers = true;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, headers: message.headers });
  }
}

/**
 * Without SMTP (the embedded default) mails go to the log, and admins read them in the dev
 * mailbox, so sign-up and password reset work on a laptop with nothing installed.
 */
export class LogMailer implements Mailer {
  readonly delivers = false;
  constructor(private readonly logger: Logger) {}

  send(message: MailMessage): Promise<void> {
    this.logger.info({ template: message.template, to: message.to }, `e-mail (no SMTP_URL configured): ${message.subject}\n${message.text}`);
    return Promise.resolve();
  }
}
