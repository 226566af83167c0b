import { expect } from '@playwright/test';

const MAIL_HTTP_PORT = Number(process.env.E2E_MAIL_HTTP_PORT ?? 3226);

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Every mail delivered to the address so far, oldest first. */
export async function mailsTo(to: string): Promise<Mail[]> {
  const response = await fetch(`http://127.0.0.1:${MAIL_HTTP_PORT}/mails?to=${encodeURIComponent(to)}`);
  return (await response.json()) as Mail[];
}

/** Waits for a mail to the address (delivered by the app over SMTP) and returns it. */
export async function waitForMail(to: string, match: (mail: Mail) => boolean = () => true): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(to)).find(match);
        return !!found;
      },
      { timeout: 15_000, message: `no mail to ${to}` },
    )
    .toBe(true);
  return found!;
}

/** The path and query of the first link in the mail that points to the given path. */
export function linkFrom(mail: Mail, path: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_%-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in "${mail.subject}"`);
  return match[1];
}
