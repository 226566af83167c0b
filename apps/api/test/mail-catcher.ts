import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  /** Header lines as sent, names lower-cased (e.g. 'list-unsubscribe'). */
  headers: Record<string, string>;
}

/**
 * A real SMTP server in the test process: the app sends through nodemailer exactly as in
 * production, and tests read the delivered messages and the links in them.
 */
export class MailCatcher {
  readonly mails: CaughtMail[] = [];
  private waiters: (() => void)[] = [];
  private server?: SMTPServer;
  /** Set to make the server refuse messages (temporary failure), to test retries. */
  failing = false;
  /** Set to make the server hold each message until this settles (a slow server). */
  holding: Promise<void> | null = null;

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.failing) {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 })));
          return;
        }
        const held = this.holding;
        simpleParser(stream)
          .then(async (parsed) => {
            await held;
            const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
            const headers = Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim()]));
            this.mails.push({ to: to?.value[0]?.address ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '', headers });
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Waits for the next mail to an address that matches (up to the timeout). */
  async waitFor(to: string, match: (mail: CaughtMail) => boolean = () => true, timeoutMs = 10_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      const found = this.mails.slice(seen).find((m) => m.to === to.toLowerCase() && match(m));
      if (found) return found;
      seen = 0;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no mail to ${to} within ${timeoutMs} ms (got: ${this.mails.map((m) => `${m.to}: ${m.subject}`).join('; ') || 'none'})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  mailsTo(to: string): CaughtMail[] {
    return this.mails.filter((m) => m.to === to.toLowerCase());
  }
}

/** The token in the first link of a mail that points to the given path. */
export function tokenFrom(mail: CaughtMail, path: string): string {
  const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}": ${mail.text}`);
  return decodeURIComponent(match[1]);
}
