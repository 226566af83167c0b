import { MailCatcher } from '../../../test/mail-catcher.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { uniqueTag } from '../../../test/factories/municipality.factory.js';
import { buildUser } from '../../../test/factories/user.factory.js';
import { OutboxService } from './outbox.service.js';
import { backoffSeconds, OutboxWorker } from './outbox.worker.js';

describe('outbox delivery', () => {
  let t: TestApp;
  const mail = new MailCatcher();
  beforeAll(async () => {
    // A long poll interval: the test drives the worker itself.
    t = await startTestApp({ smtpUrl: await mail.start(), outboxPollMs: 60_000 });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  const enqueue = async (to: string) => {
    await t.dataSource.transaction((tx) =>
      t.app.get(OutboxService).enqueue(tx, 'email', { to, subject: 'Test', text: 'Hallo', template: 'test' }),
    );
  };
  const row = async (to: string) =>
    (await t.dataSource.query(`SELECT status, attempts, last_error, next_attempt_at > now() AS later FROM outbox WHERE payload->>'to' = $1`, [to]))[0];

  it('keeps a mail the SMTP server refuses, retries it later, and delivers it once the server accepts', async () => {
    const to = `${uniqueTag()}@example.org`;
    mail.failing = true;
    await enqueue(to);
    await t.app.get(OutboxWorker).drain();
    expect(await row(to)).toMatchObject({ status: 'pending', attempts: 1, later: true });
    expect((await row(to)).last_error).toMatch(/mailbox busy/);

    mail.failing = false;
    await t.dataSource.query(`UPDATE outbox SET next_attempt_at = now() WHERE payload->>'to' = $1`, [to]);
    await t.app.get(OutboxWorker).drain();
    expect(await row(to)).toMatchObject({ status: 'done', attempts: 2, last_error: null });
    expect(mail.mailsTo(to)).toHaveLength(1);
  });

  it('does not send a mail whose transaction rolled back', async () => {
    const to = `${uniqueTag()}@example.org`;
    await expect(
      t.dataSource.transaction(async (tx) => {
        await t.app.get(OutboxService).enqueue(tx, 'email', { to, subject: 'Test', text: 'Hallo', template: 'test' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.app.get(OutboxWorker).drain();
    expect(await row(to)).toBeUndefined();
    expect(mail.mailsTo(to)).toHaveLength(0);
  });

  it('tells people about an event while a slow mail server still holds a mail: mails have a lane of their own', async () => {
    const to = `${uniqueTag()}@example.org`;
    const [person, moderator] = await Promise.all([buildUser(t.dataSource), buildUser(t.dataSource)]);
    let release = () => {};
    mail.holding = new Promise<void>((resolve) => (release = resolve));
    const until = async (done: () => Promise<boolean>) => {
      const deadline = Date.now() + 5_000;
      while (!(await done()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      return done();
    };
    try {
      await enqueue(to);
      t.app.get(OutboxWorker).trigger();
      // The worker has the mail and waits for the server …
      expect(await until(async () => (await row(to))?.attempts === 1)).toBe(true);
      // … when an event comes in: its notification does not wait for the mail.
      await t.dataSource.transaction((tx) =>
        t.app.get(OutboxService).emit(tx, { type: 'moderation.acted', action: 'user.warned', subjectType: 'user', subjectId: person.id, targetUserId: person.id, actorId: moderator.id, reason: 'Bitte sachlich bleiben.' }),
      );
      t.app.get(OutboxWorker).trigger();
      expect(await until(async () => (await t.dataSource.query(`SELECT 1 FROM notification WHERE user_id = $1`, [person.id])).length > 0)).toBe(true);
      expect(await row(to)).toMatchObject({ status: 'pending', attempts: 1 }); // still with the mail server
    } finally {
      release();
      mail.holding = null;
    }
  });

  it('waits longer after each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([10, 20, 40, 80]);
    expect(backoffSeconds(20)).toBe(3600);
  });
});
