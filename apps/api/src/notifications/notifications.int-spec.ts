import { MailCatcher, tokenFrom } from '../../test/mail-catcher.js';
import { buildMunicipality, buildProgramme, uniqueTag } from '../../test/factories/municipality.factory.js';
import { buildMessage, buildPost, buildThread, drainOutbox, emitEvent } from '../../test/factories/notification-fixtures.factory.js';
import { buildPractice, ensureTopics } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn, type TestUser } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { DigestService } from './digest.service.js';
import { NotificationFanout } from './notification-fanout.service.js';
import { countQueries } from '../../test/query-counter.js';

type Client = ReturnType<TestApp['client']>;

const NOTIFICATIONS = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount edges { cursor node { id type count title excerpt path readAt actor { id displayName } } } pageInfo { hasNextPage endCursor } } }`;

describe('notifications', () => {
  let t: TestApp;
  const mail = new MailCatcher();
  let topic: { id: string; slug: string };

  beforeAll(async () => {
    // The tests drive the outbox and the digest themselves.
    t = await startTestApp({ smtpUrl: await mail.start(), outboxPollMs: 60_000, digestIntervalMs: 3_600_000 });
    await ensureTopics(t.dataSource, ['sprache']);
    [topic] = await t.dataSource.query(`SELECT id, slug FROM topic WHERE slug = 'sprache'`);
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  /** A person with a signed-in client; e-mail frequency 'never' unless a test is about e-mail. */
  async function person(options: Parameters<typeof buildUser>[1] & { frequency?: string; locale?: 'de' | 'en' } = {}) {
    const user = await buildUser(t.dataSource, options);
    await t.dataSource.query(`UPDATE app_user SET email_frequency = $2, locale = $3 WHERE id = $1`, [user.id, options.frequency ?? 'never', options.locale ?? 'de']);
    const client = await signedIn(t, user);
    return Object.assign(user, { client });
  }
  type Person = TestUser & { client: Client };

  async function inbox(who: Person, variables: Record<string, unknown> = {}) {
    const res = await who.client.gql(NOTIFICATIONS, { first: 50, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!.notifications.edges.map((e: { node: Record<string, unknown> }) => e.node) as {
      id: string;
      type: string;
      count: number;
      title: string;
      excerpt: string | null;
      path: string;
      readAt: string | null;
      actor: { id: string; displayName: string } | null;
    }[];
  }

  const follow = (who: Person, subjectType: string, subjectId: string, level = 'WATCHING') =>
    who.client.gql(`mutation ($t: FollowSubject!, $id: ID!, $l: WatchLevel) { follow(subjectType: $t, subjectId: $id, level: $l) { subjectType subjectId level title path } }`, {
      t: subjectType,
      id: subjectId,
      l: level,
    });

  const topicSpace = () => ({ type: 'topic' as const, id: topic.id });
  const settle = async (ms = 300) => {
    await drainOutbox(t);
    await new Promise((resolve) => setTimeout(resolve, ms));
  };

  describe('from discussion events', () => {
    it('notifies a mentioned person even without a follow, with title, excerpt and path in their terms, and never the author', async () => {
      const author = await person();
      const mentioned = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      await drainOutbox(t);
      const post = await buildPost(t, { threadId: thread.id, authorId: author.id, body: `Was meinen Sie, @${mentioned.displayName}? Wir haben **gute** Erfahrungen.`, mentions: [mentioned.id] });
      await drainOutbox(t);

      const [n] = await inbox(mentioned);
      expect(n).toMatchObject({ type: 'mention', count: 1, title: thread.title, path: `/diskussionen/${thread.id}#post-${post.number}`, readAt: null });
      expect(n.actor).toEqual({ id: author.id, displayName: author.displayName });
      expect(n.excerpt).toContain('Wir haben gute Erfahrungen.');
      expect(await inbox(author)).toEqual([]);
    });

    it('gives each person one notification per post: mention before reply before new post', async () => {
      const author = await person();
      const replier = await person();
      const watcher = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      await drainOutbox(t);
      expect((await follow(watcher, 'THREAD', thread.id)).errors).toBeUndefined();
      // The author watches their thread automatically; the watcher is also mentioned.
      await buildPost(t, { threadId: thread.id, authorId: replier.id, mentions: [watcher.id] });
      await drainOutbox(t);
      expect((await inbox(author)).map((n) => n.type)).toEqual(['reply']);
      expect((await inbox(watcher)).map((n) => n.type)).toEqual(['mention']);
      expect(await inbox(replier)).toEqual([]);
    });

    it('tells the author of a quoted post about the reply, and watchers about new posts', async () => {
      const author = await person();
      const quoted = await person();
      const watcher = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      await drainOutbox(t);
      await follow(watcher, 'THREAD', thread.id);
      const first = await buildPost(t, { threadId: thread.id, authorId: quoted.id });
      await drainOutbox(t);
      await watcher.client.gql(`mutation { markNotificationsRead }`);
      await buildPost(t, { threadId: thread.id, authorId: author.id, quotedPostId: first.id });
      await drainOutbox(t);
      expect((await inbox(quoted)).map((n) => n.type)).toEqual(['reply']);
      expect((await inbox(watcher, { unreadOnly: true })).map((n) => n.type)).toEqual(['new_post']);
    });

    it('tells many watchers of a thread in as many statements as one watcher', async () => {
      const statementsFor = async (watchers: number) => {
        const author = await person();
        const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
        const people = await Promise.all(Array.from({ length: watchers }, () => buildUser(t.dataSource)));
        await t.dataSource.query(`INSERT INTO follow (user_id, subject_type, subject_id, level) SELECT u, 'thread', $2, 'watching' FROM unnest($1::uuid[]) u`, [
          people.map((p) => p.id),
          thread.id,
        ]);
        await drainOutbox(t);
        const poster = await person();
        const post = await buildPost(t, { threadId: thread.id, authorId: poster.id });
        const counter = countQueries(t.dataSource);
        try {
          // The handler the outbox worker runs for the event, called directly so its statements count.
          await t.app.get(NotificationFanout).handle({ type: 'post.created', postId: post.id, threadId: thread.id, actorId: poster.id });
        } finally {
          counter.restore();
        }
        const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE subject_id = $1`, [thread.id]);
        expect(n).toBe(watchers + 1); // the watchers (new post) and the thread's author (reply)
        return counter.count;
      };
      expect(await statementsFor(25)).toBe(await statementsFor(1));
    });

    it('makes thread authors and posters watch the thread, keeping a level they chose', async () => {
      const author = await person();
      const poster = await person();
      const quiet = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      await drainOutbox(t);
      expect((await follow(quiet, 'THREAD', thread.id, 'NORMAL')).data!.follow.level).toBe('NORMAL');
      await buildPost(t, { threadId: thread.id, authorId: poster.id });
      await buildPost(t, { threadId: thread.id, authorId: quiet.id });
      await drainOutbox(t);
      const levels = await t.dataSource.query(`SELECT user_id, level FROM follow WHERE subject_type = 'thread' AND subject_id = $1`, [thread.id]);
      expect(Object.fromEntries(levels.map((r: { user_id: string; level: string }) => [r.user_id, r.level]))).toEqual({
        [author.id]: 'watching',
        [poster.id]: 'watching',
        [quiet.id]: 'normal',
      });
      // NORMAL: no new_post notifications, only what concerns the person.
      expect((await inbox(quiet)).map((n) => n.type)).toEqual([]);
    });

    it('sends nothing about a muted thread, not even mentions', async () => {
      const author = await person();
      const muter = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      await drainOutbox(t);
      await follow(muter, 'THREAD', thread.id, 'MUTED');
      await buildPost(t, { threadId: thread.id, authorId: author.id, mentions: [muter.id] });
      await drainOutbox(t);
      expect(await inbox(muter)).toEqual([]);
    });

    it('says nothing about held posts until released, nor about hidden threads or practice threads people cannot see', async () => {
      const author = await person();
      const watcher = await person();
      const mentioned = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      await drainOutbox(t);
      await follow(watcher, 'THREAD', thread.id);
      const held = await buildPost(t, { threadId: thread.id, authorId: author.id, held: true, mentions: [mentioned.id] });
      await drainOutbox(t);
      expect(await inbox(watcher)).toEqual([]);
      expect(await inbox(mentioned)).toEqual([]);

      // A moderator releases it: now it is news.
      const moderator = await person({ role: 'moderator' });
      await t.dataSource.query(`UPDATE post SET held_at = NULL WHERE id = $1`, [held.id]);
      await emitEvent(t, { type: 'post.released', postId: held.id, threadId: thread.id, actorId: moderator.id });
      await drainOutbox(t);
      expect((await inbox(watcher)).map((n) => n.type)).toEqual(['new_post']);
      expect((await inbox(mentioned)).map((n) => n.type)).toEqual(['mention']);
      expect(await inbox(moderator)).toEqual([]);

      // Hidden thread: only its author and moderators may see it.
      const hidden = await buildThread(t, { space: topicSpace(), authorId: author.id, hidden: true });
      const outsider = await person();
      await buildPost(t, { threadId: hidden.id, authorId: author.id, mentions: [outsider.id, moderator.id] });
      await drainOutbox(t);
      expect(await inbox(outsider)).toEqual([]);
      expect((await inbox(moderator)).map((n) => n.type)).toEqual(['mention']);

      // A thread beside a draft practice: its coordinator sees it, a member does not.
      const place = await buildMunicipality(t.dataSource);
      const coordinator = await person({ memberships: [{ municipalityId: place.id, role: 'coordinator' }] });
      const draft = await buildPractice(t.dataSource, { municipalityId: place.id, state: 'draft' });
      const practiceThread = await buildThread(t, { space: { type: 'practice', id: draft.id }, authorId: author.id, mentions: [coordinator.id, outsider.id] });
      await drainOutbox(t);
      expect((await inbox(coordinator)).map((n) => [n.type, n.title])).toEqual([['mention', practiceThread.title]]);
      expect(await inbox(outsider)).toEqual([]);
    });

    it('announces new threads to watchers of the topic and of the practice, once even if post 1 is reported too', async () => {
      const author = await person();
      const topicWatcher = await person();
      const practiceWatcher = await person();
      const normal = await person();
      await follow(topicWatcher, 'TOPIC', topic.id);
      await follow(normal, 'TOPIC', topic.id, 'NORMAL');
      const place = await buildMunicipality(t.dataSource);
      const practice = await buildPractice(t.dataSource, { municipalityId: place.id });
      expect((await follow(practiceWatcher, 'PRACTICE', practice.id)).errors).toBeUndefined();

      const inTopic = await buildThread(t, { space: topicSpace(), authorId: author.id });
      // The discussions service may also report post 1 as a post: still one notification.
      await emitEvent(t, { type: 'post.created', postId: inTopic.firstPostId, threadId: inTopic.id, actorId: author.id });
      const inPractice = await buildThread(t, { space: { type: 'practice', id: practice.id }, authorId: author.id });
      await drainOutbox(t);
      const topicNews = (await inbox(topicWatcher)).filter((n) => n.type === 'new_thread');
      expect(topicNews.filter((n) => n.title === inTopic.title)).toHaveLength(1);
      expect(topicNews[0].path).toBe(`/diskussionen/${inTopic.id}`);
      expect((await inbox(practiceWatcher)).map((n) => [n.type, n.title])).toEqual([['new_thread', inPractice.title]]);
      expect((await inbox(normal)).filter((n) => n.title === inTopic.title)).toEqual([]);

      // Programmes cannot be followed: a programme thread notifies only its mentions.
      const programme = await buildProgramme(t.dataSource, [place.id]);
      const mentioned = await person();
      await buildThread(t, { space: { type: 'programme', id: programme.id }, authorId: author.id, mentions: [mentioned.id] });
      await drainOutbox(t);
      expect((await inbox(mentioned)).map((n) => n.type)).toEqual(['mention']);
    });

    it('coalesces a burst of 50 posts into one notification with count 50 and one e-mail, also when events are delivered again', async () => {
      const author = await person();
      const watcher = await person({ frequency: 'immediately' });
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id, title: `Sprachpatenschaften ${uniqueTag()}` });
      await drainOutbox(t);
      await follow(watcher, 'THREAD', thread.id);
      const posters = await Promise.all([1, 2, 3].map(() => person()));
      for (let i = 0; i < 50; i++) await buildPost(t, { threadId: thread.id, authorId: posters[i % 3].id, body: `Beitrag Nummer ${i + 1}` });
      await settle();

      const notes = await inbox(watcher);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ type: 'new_post', count: 50, path: `/diskussionen/${thread.id}#post-2`, excerpt: 'Beitrag Nummer 50' });
      expect(notes[0].actor!.id).toBe(posters[49 % 3].id);
      expect(mail.mailsTo(watcher.email)).toHaveLength(1);

      // Redelivery of every post event (as after a crash) changes nothing.
      await t.dataSource.query(
        `UPDATE outbox SET status = 'pending', next_attempt_at = now() WHERE kind = 'event' AND payload->>'type' = 'post.created' AND payload->>'threadId' = $1`,
        [thread.id],
      );
      await settle();
      expect((await inbox(watcher)).map((n) => n.count)).toEqual([50]);
      expect(mail.mailsTo(watcher.email)).toHaveLength(1);

      // Once read, the next post starts a new notification.
      await watcher.client.gql(`mutation { markNotificationsRead }`);
      await buildPost(t, { threadId: thread.id, authorId: author.id });
      await drainOutbox(t);
      expect((await inbox(watcher)).map((n) => [n.count, n.readAt === null])).toEqual([
        [1, true],
        [50, false],
      ]);
    });

    it('notifies people newly mentioned by an edit once, however often the event is delivered', async () => {
      const author = await person();
      const early = await person();
      const late = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      const post = await buildPost(t, { threadId: thread.id, authorId: author.id, mentions: [early.id] });
      await drainOutbox(t);
      await t.dataSource.query(`INSERT INTO post_mention (post_id, user_id) VALUES ($1, $2)`, [post.id, late.id]);
      for (let i = 0; i < 2; i++) await emitEvent(t, { type: 'post.edited', postId: post.id, threadId: thread.id, actorId: author.id });
      await drainOutbox(t);
      expect((await inbox(early)).map((n) => n.type)).toEqual(['mention']);
      expect((await inbox(late)).map((n) => n.type)).toEqual(['mention']);
    });

    it('tells the recipient’s open clients (user:<id>) when a notification arrives and when they read', async () => {
      const author = await person();
      const reader = await person();
      const live = t.app.get<LiveEvents>(LIVE_EVENTS).subscribe(`user:${reader.id}`);
      try {
        await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
        await drainOutbox(t);
        expect((await live.next()).value).toEqual({ type: 'notifications' });
        await reader.client.gql(`mutation { markNotificationsRead }`);
        expect((await live.next()).value).toEqual({ type: 'notifications' });
      } finally {
        await live.return!();
      }
    });

    it('tells the author that their answer was accepted', async () => {
      const asker = await person();
      const answerer = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: asker.id });
      const answer = await buildPost(t, { threadId: thread.id, authorId: answerer.id });
      await drainOutbox(t);
      await emitEvent(t, { type: 'post.accepted', postId: answer.id, threadId: thread.id, actorId: asker.id });
      await drainOutbox(t);
      expect((await inbox(answerer)).map((n) => [n.type, n.path])).toEqual([['accepted_answer', `/diskussionen/${thread.id}#post-${answer.number}`]]);
    });
  });

  describe('from practice events', () => {
    async function submitted(place: { id: string }, coordinator: Person) {
      const practice = await buildPractice(t.dataSource, {
        municipalityId: place.id,
        state: 'draft',
        contactName: 'Erika Beispiel',
        contactEmail: 'erika@example.org',
        contactConsent: true,
      });
      const res = await coordinator.client.gql(`mutation ($id: ID!) { submitPractice(id: $id) { state } }`, { id: practice.id });
      expect(res.errors).toBeUndefined();
      return practice;
    }

    it('publishing tells the coordinators (review result) and watchers of its topic and municipality (new practice), not the reviewer', async () => {
      const place = await buildMunicipality(t.dataSource);
      const coordinator = await person({ memberships: [{ municipalityId: place.id, role: 'coordinator' }] });
      const colleague = await person({ memberships: [{ municipalityId: place.id, role: 'coordinator' }] });
      const moderator = await person({ role: 'moderator' });
      const topicWatcher = await person();
      const placeWatcher = await person();
      const placeMuter = await person();
      await follow(topicWatcher, 'TOPIC', topic.id);
      await follow(placeMuter, 'TOPIC', topic.id);
      await follow(placeMuter, 'MUNICIPALITY', place.id, 'MUTED');
      await follow(placeWatcher, 'MUNICIPALITY', place.id);
      await follow(moderator, 'MUNICIPALITY', place.id);
      await follow(colleague, 'MUNICIPALITY', place.id);
      const practice = await submitted(place, coordinator);
      await drainOutbox(t);
      expect(await inbox(topicWatcher)).toEqual([]); // drafts are invisible

      expect((await moderator.client.gql(`mutation ($id: ID!) { publishPractice(id: $id) { state } }`, { id: practice.id })).errors).toBeUndefined();
      await drainOutbox(t);
      const path = `/praxisbeispiele/${practice.slug}`;
      expect((await inbox(coordinator)).map((n) => [n.type, n.title, n.path])).toEqual([['review_result', practice.title, path]]);
      expect((await inbox(colleague)).map((n) => n.type)).toEqual(['review_result']);
      expect((await inbox(topicWatcher)).filter((n) => n.title === practice.title).map((n) => [n.type, n.path])).toEqual([['new_practice', path]]);
      expect((await inbox(placeWatcher)).map((n) => n.type)).toEqual(['new_practice']);
      expect(await inbox(moderator)).toEqual([]);
      expect((await inbox(placeMuter)).filter((n) => n.title === practice.title)).toEqual([]);
    });

    it('returning a practice tells its coordinators with the comment and links to the editor', async () => {
      const place = await buildMunicipality(t.dataSource);
      const coordinator = await person({ memberships: [{ municipalityId: place.id, role: 'coordinator' }] });
      const moderator = await person({ role: 'moderator' });
      const practice = await submitted(place, coordinator);
      const res = await moderator.client.gql(`mutation ($id: ID!) { returnPracticeToDraft(input: { id: $id, comment: "Bitte Ergebnisse mit Zahlen belegen." }) { state } }`, {
        id: practice.id,
      });
      expect(res.errors).toBeUndefined();
      await drainOutbox(t);
      expect(await inbox(coordinator)).toEqual([
        expect.objectContaining({ type: 'review_result', excerpt: 'Bitte Ergebnisse mit Zahlen belegen.', path: `/praxisbeispiele/${practice.slug}/bearbeiten` }),
      ]);
    });

    it('an adoption reaches the owning coordinators and the followers of the practice, not the adopter', async () => {
      const owner = await buildMunicipality(t.dataSource);
      const adopter = await buildMunicipality(t.dataSource, { name: `Neustadt ${uniqueTag()}` });
      const coordinator = await person({ memberships: [{ municipalityId: owner.id, role: 'coordinator' }] });
      const adopting = await person({ memberships: [{ municipalityId: adopter.id, role: 'coordinator' }] });
      const fan = await person();
      const practice = await buildPractice(t.dataSource, { municipalityId: owner.id });
      await fan.client.gql(`mutation ($id: ID!) { followPractice(id: $id) { id } }`, { id: practice.id });
      await adopting.client.gql(`mutation ($id: ID!) { followPractice(id: $id) { id } }`, { id: practice.id });
      const res = await adopting.client.gql(`mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { id } }`, {
        input: { practiceId: practice.id, municipalitySlug: adopter.slug, kind: 'ADOPTED', adoptedOn: '2025-03-01' },
      });
      expect(res.errors).toBeUndefined();
      await drainOutbox(t);
      for (const who of [coordinator, fan]) {
        expect((await inbox(who)).map((n) => [n.type, n.title, n.excerpt])).toEqual([['adoption', practice.title, adopter.name]]);
      }
      expect(await inbox(adopting)).toEqual([]);
    });
  });

  describe('from messages and moderation', () => {
    it('tells the other participants of a message, not the sender', async () => {
      const sender = await person();
      const recipient = await person();
      const { conversationId } = await buildMessage(t, { senderId: sender.id, recipientIds: [recipient.id], subject: 'Sprachcafé' });
      await drainOutbox(t);
      expect(await inbox(recipient)).toEqual([
        expect.objectContaining({ type: 'message', title: 'Sprachcafé', path: `/nachrichten/${conversationId}`, actor: { id: sender.id, displayName: sender.displayName } }),
      ]);
      expect(await inbox(sender)).toEqual([]);
    });

    it('tells the person whose post was moderated, with the reason and without naming the moderator', async () => {
      const author = await person();
      const moderator = await person({ role: 'moderator' });
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      const post = await buildPost(t, { threadId: thread.id, authorId: author.id });
      await drainOutbox(t);
      await t.dataSource.query(`UPDATE post SET hidden_at = now(), hidden_reason = 'Persönliche Daten' WHERE id = $1`, [post.id]);
      await emitEvent(t, { type: 'moderation.acted', action: 'post.hidden', subjectType: 'post', subjectId: post.id, targetUserId: author.id, actorId: moderator.id, reason: 'Persönliche Daten' });
      await drainOutbox(t);
      expect(await inbox(author)).toEqual([expect.objectContaining({ type: 'moderation', title: thread.title, excerpt: 'Persönliche Daten', actor: null })]);
    });
  });

  describe('reading', () => {
    it('pages newest first and marks read by id or all, returning the unread count', async () => {
      const author = await person();
      const reader = await person();
      const threads = [];
      for (let i = 0; i < 3; i++) {
        const thread = await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
        threads.push(thread);
        await drainOutbox(t);
      }
      const page1 = await reader.client.gql(NOTIFICATIONS, { first: 2 });
      expect(page1.data!.notifications.totalCount).toBe(3);
      expect(page1.data!.notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([threads[2].title, threads[1].title]);
      const page2 = await reader.client.gql(NOTIFICATIONS, { first: 2, after: page1.data!.notifications.pageInfo.endCursor });
      expect(page2.data!.notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([threads[0].title]);
      expect(page2.data!.notifications.pageInfo.hasNextPage).toBe(false);

      const one = page1.data!.notifications.edges[0].node.id;
      expect((await reader.client.gql(`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [one] })).data!.markNotificationsRead).toBe(2);
      expect((await reader.client.gql(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(2);
      expect((await inbox(reader, { unreadOnly: true })).map((n) => n.title)).toEqual([threads[1].title, threads[0].title]);
      // Someone else's ids change nothing.
      expect((await author.client.gql(`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [page2.data!.notifications.edges[0].node.id] })).data!.markNotificationsRead).toBe(0);
      expect((await reader.client.gql(`mutation { markNotificationsRead }`)).data!.markNotificationsRead).toBe(0);

      const bad = await reader.client.gql(`mutation { markNotificationsRead(ids: ["nope"]) }`);
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await t.gql(`{ unreadNotificationCount }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(NOTIFICATIONS, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('shows a notification about content hidden since as no longer available, without its excerpt', async () => {
      const author = await person();
      const reader = await person({ locale: 'en' });
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
      await drainOutbox(t);
      await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [thread.id]);
      expect(await inbox(reader)).toEqual([expect.objectContaining({ type: 'mention', title: 'No longer available', excerpt: null, path: '/benachrichtigungen' })]);
    });
  });

  describe('e-mail', () => {
    it('mails an immediate notification in the person’s language, with the link and a one-click unsubscribe that works', async () => {
      const author = await person();
      const reader = await person({ frequency: 'immediately', locale: 'en' });
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id, body: `Hello @${reader.displayName}, any tips for the *Sprachcafé*?`, mentions: [reader.id] });
      await drainOutbox(t);
      const message = await mail.waitFor(reader.email);
      expect(message.subject).toBe(`${author.displayName} mentioned you in “${thread.title}”`);
      expect(message.text).toContain('any tips for the Sprachcafé?');
      expect(message.text).toContain(`/diskussionen/${thread.id}`);
      expect(message.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      const header = /^<(https?:\/\/[^>]+)>$/.exec(message.headers['list-unsubscribe'])![1];
      const pageToken = tokenFrom(message, '/abmelden');
      expect(new URL(header).searchParams.get('token')).toBe(pageToken);

      // A tampered token is refused, over HTTP and GraphQL.
      const tampered = `${pageToken.slice(0, -2)}${pageToken.endsWith('AA') ? 'BB' : 'AA'}`;
      const refused = await fetch(`${t.baseUrl}/api/unsubscribe?token=${tampered}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'TOKEN_INVALID' });
      expect((await t.gql(`mutation ($t: String!) { unsubscribe(token: $t) }`, { t: tampered })).errors![0].extensions!.code).toBe('TOKEN_INVALID');

      // The mail client's one-click POST to the header URL (as a mail provider sends it, no cookie, no CSRF header).
      const url = new URL(header);
      const response = await fetch(`${t.baseUrl}${url.pathname}${url.search}`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true });
      expect((await reader.client.gql(`{ notificationPreferences { emailFrequency } }`)).data!.notificationPreferences.emailFrequency).toBe('NEVER');

      // Still notified in the app, no more mails.
      await buildPost(t, { threadId: thread.id, authorId: author.id, mentions: [reader.id] });
      await settle();
      expect(mail.mailsTo(reader.email)).toHaveLength(1);
      expect((await inbox(reader)).map((n) => n.type)).toEqual(['mention', 'mention']);
    });

    it('unsubscribes through the web page mutation with the token of the mail link', async () => {
      const author = await person();
      const reader = await person({ frequency: 'immediately' });
      await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
      await drainOutbox(t);
      const message = await mail.waitFor(reader.email);
      expect(message.text).toContain('Keine E-Mails mehr erhalten');
      const res = await t.gql(`mutation ($t: String!) { unsubscribe(token: $t) }`, { t: tokenFrom(message, '/abmelden') });
      expect(res).toEqual({ data: { unsubscribe: true } });
      const [{ email_frequency }] = await t.dataSource.query(`SELECT email_frequency FROM app_user WHERE id = $1`, [reader.id]);
      expect(email_frequency).toBe('never');
    });

    it('sends a daily digest that groups notifications per thread, once', async () => {
      const author = await person();
      const reader = await person({ frequency: 'daily' });
      await t.dataSource.query(`UPDATE app_user SET digest_sent_at = now() - interval '2 days' WHERE id = $1`, [reader.id]);
      const a = await buildThread(t, { space: topicSpace(), authorId: author.id, title: `Elterncafé ${uniqueTag()}`, mentions: [reader.id] });
      const b = await buildThread(t, { space: topicSpace(), authorId: author.id, title: `Lernpaten ${uniqueTag()}` });
      await drainOutbox(t);
      await follow(reader, 'THREAD', b.id);
      for (let i = 0; i < 3; i++) await buildPost(t, { threadId: b.id, authorId: author.id });
      await buildPost(t, { threadId: a.id, authorId: author.id, mentions: [reader.id] });
      await settle();
      expect(mail.mailsTo(reader.email)).toHaveLength(0);

      const digests = t.app.get(DigestService);
      expect(await digests.runDue(new Date())).toBeGreaterThanOrEqual(1);
      const digest = await mail.waitFor(reader.email);
      expect(digest.subject).toBe('Ihre tägliche Zusammenfassung: 2 Themen');
      expect(digest.text).toContain(`## ${a.title}`);
      expect(digest.text).toContain(`## ${b.title}`);
      expect(digest.text).toContain(`3 neue Beiträge in „${b.title}“.`);
      expect(digest.text.match(/hat Sie in/g)).toHaveLength(2);
      expect(digest.headers['list-unsubscribe']).toMatch(/\/api\/unsubscribe\?token=/);
      expect(tokenFrom(digest, '/abmelden')).toBeTruthy();

      await digests.runDue(new Date());
      await digests.runDue(new Date(Date.now() + 3_600_000));
      await settle();
      expect(mail.mailsTo(reader.email)).toHaveLength(1);
    });

    it('sends each due digest once when several instances run at the same time', async () => {
      const author = await person();
      const readers = await Promise.all([1, 2, 3].map(() => person({ frequency: 'daily' })));
      await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: readers.map((r) => r.id) });
      await drainOutbox(t);
      const digests = t.app.get(DigestService);
      const later = new Date(Date.now() + 60_000);
      await Promise.all([digests.runDue(later), digests.runDue(later), digests.runDue(later)]);
      await settle(500);
      for (const reader of readers) expect(mail.mailsTo(reader.email)).toHaveLength(1);
    });

    it('sends a weekly digest not before a week has passed', async () => {
      const author = await person();
      const reader = await person({ frequency: 'weekly' });
      await t.dataSource.query(`UPDATE app_user SET digest_sent_at = now() - interval '3 days' WHERE id = $1`, [reader.id]);
      await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
      await drainOutbox(t);
      const digests = t.app.get(DigestService);
      await digests.runDue(new Date());
      await digests.runDue(new Date(Date.now() + 3 * 86_400_000));
      await settle();
      expect(mail.mailsTo(reader.email)).toHaveLength(0);
      await digests.runDue(new Date(Date.now() + 4 * 86_400_000 + 60_000));
      expect((await mail.waitFor(reader.email)).subject).toMatch(/^Ihre wöchentliche Zusammenfassung/);
    });

    it('sends nothing to people who chose never', async () => {
      const author = await person();
      const reader = await person({ frequency: 'never' });
      await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
      await drainOutbox(t);
      await t.app.get(DigestService).runDue(new Date(Date.now() + 30 * 86_400_000));
      await settle();
      expect(mail.mailsTo(reader.email)).toHaveLength(0);
      expect(await inbox(reader)).toHaveLength(1);
    });
  });

  describe('preferences', () => {
    it('reads and changes the e-mail frequency, refusing unknown values', async () => {
      const user = await buildUser(t.dataSource);
      const client = await signedIn(t, user);
      expect((await client.gql(`{ notificationPreferences { emailFrequency } }`)).data!.notificationPreferences.emailFrequency).toBe('DAILY');
      const changed = await client.gql(`mutation ($f: EmailFrequency!) { updateNotificationPreferences(input: { emailFrequency: $f }) { emailFrequency } }`, { f: 'WEEKLY' });
      expect(changed.data!.updateNotificationPreferences.emailFrequency).toBe('WEEKLY');
      const bad = await client.gql(`mutation ($f: EmailFrequency!) { updateNotificationPreferences(input: { emailFrequency: $f }) { emailFrequency } }`, { f: 'HOURLY' });
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await t.gql(`{ notificationPreferences { emailFrequency } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('follows', () => {
    it('follows visible subjects with a level, lists them in the viewer’s terms, and unfollows', async () => {
      const user = await person({ locale: 'en' });
      const place = await buildMunicipality(t.dataSource);
      const practice = await buildPractice(t.dataSource, { municipalityId: place.id });
      const author = await person();
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id });
      expect((await follow(user, 'TOPIC', topic.id, 'NORMAL')).data!.follow).toEqual({ subjectType: 'TOPIC', subjectId: topic.id, level: 'NORMAL', title: 'Language learning', path: '/themen/sprache' });
      expect((await follow(user, 'MUNICIPALITY', place.id)).data!.follow).toMatchObject({ title: place.name, path: `/kommunen/${place.slug}` });
      expect((await follow(user, 'THREAD', thread.id)).data!.follow).toMatchObject({ title: thread.title, path: `/diskussionen/${thread.id}` });
      // The practice's own follow button keeps working and shows up here.
      await user.client.gql(`mutation ($id: ID!) { followPractice(id: $id) { id } }`, { id: practice.id });
      expect((await follow(user, 'TOPIC', topic.id, 'MUTED')).data!.follow.level).toBe('MUTED');

      const list = await user.client.gql(`{ myFollows(first: 3) { totalCount edges { node { subjectType level title path } } pageInfo { hasNextPage endCursor } } }`);
      expect(list.data!.myFollows.totalCount).toBe(4);
      expect(list.data!.myFollows.edges.map((e: { node: { subjectType: string } }) => e.node.subjectType)).toEqual(['PRACTICE', 'THREAD', 'MUNICIPALITY']);
      expect(list.data!.myFollows.edges[0].node).toEqual({ subjectType: 'PRACTICE', level: 'WATCHING', title: practice.title, path: `/praxisbeispiele/${practice.slug}` });
      const rest = await user.client.gql(`query ($a: String) { myFollows(first: 3, after: $a) { edges { node { subjectType level } } } }`, { a: list.data!.myFollows.pageInfo.endCursor });
      expect(rest.data!.myFollows.edges.map((e: { node: unknown }) => e.node)).toEqual([{ subjectType: 'TOPIC', level: 'MUTED' }]);

      expect((await user.client.gql(`mutation ($id: ID!) { unfollow(subjectType: TOPIC, subjectId: $id) }`, { id: topic.id })).data!.unfollow).toBe(true);
      expect((await user.client.gql(`{ myFollows { totalCount } }`)).data!.myFollows.totalCount).toBe(3);
    });

    it('includes follows, notifications and the e-mail setting in the personal data export', async () => {
      const author = await person();
      const reader = await person({ frequency: 'weekly' });
      const thread = await buildThread(t, { space: topicSpace(), authorId: author.id, mentions: [reader.id] });
      await drainOutbox(t);
      await follow(reader, 'THREAD', thread.id, 'NORMAL');
      const data = (await (await reader.client.fetch('/api/account/export')).json()) as Record<string, any>;
      expect(data.notificationSettings).toMatchObject({ email_frequency: 'weekly' });
      expect(data.follows).toEqual([expect.objectContaining({ subject_type: 'thread', subject_id: thread.id, level: 'normal' })]);
      expect(data.notifications).toEqual([expect.objectContaining({ type: 'mention', subject_id: thread.id })]);
    });

    it('refuses unknown or invisible subjects (NOT_FOUND), bad levels and ids (BAD_USER_INPUT), and guests', async () => {
      const user = await person();
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await follow(user, 'THREAD', unknown)).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await follow(user, 'MUNICIPALITY', unknown)).errors![0].extensions!.code).toBe('NOT_FOUND');
      const place = await buildMunicipality(t.dataSource);
      const draft = await buildPractice(t.dataSource, { municipalityId: place.id, state: 'draft' });
      expect((await follow(user, 'PRACTICE', draft.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
      const author = await person();
      const hidden = await buildThread(t, { space: topicSpace(), authorId: author.id, hidden: true });
      expect((await follow(user, 'THREAD', hidden.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await follow(author, 'THREAD', hidden.id)).errors).toBeUndefined();

      expect((await follow(user, 'TOPIC', topic.id, 'LOUD')).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await follow(user, 'TOPIC', topic.id, null as unknown as string)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await follow(user, 'TOPIC', 'not-an-id')).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await follow(user, 'PROGRAMME', topic.id)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const guest = await t.gql(`mutation ($id: ID!) { follow(subjectType: TOPIC, subjectId: $id) { level } }`, { id: topic.id });
      expect(guest.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });
});
