import { MailCatcher } from '../../test/mail-catcher.js';
import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn, type TestUser } from '../../test/factories/user.factory.js';
import { countQueries } from '../../test/query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { LIVE_EVENTS, type LiveEvents, type LivePayload } from '../core/realtime/live-events.js';

type Client = ReturnType<TestApp['client']>;

const CONVERSATION = `id subject unread lastMessageAt participants { id displayName } practice { id slug title }
  messages { totalCount pageInfo { hasNextPage endCursor } edges { node { id body { markdown html } mine sender { id displayName } createdAt } } }`;

describe('private messages', () => {
  let t: TestApp;
  const mail = new MailCatcher();
  let place: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ smtpUrl: await mail.start() });
    place = await buildMunicipality(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  async function person(options: { allowContact?: boolean; displayName?: string } = {}) {
    const user = await buildUser(t.dataSource, { displayName: options.displayName });
    await t.dataSource.query(`UPDATE app_user SET allow_contact = $2 WHERE id = $1`, [user.id, options.allowContact ?? true]);
    return { user, client: await signedIn(t, user) };
  }

  const start = (client: Client | TestApp, input: Record<string, unknown>) =>
    client.gql(`mutation ($input: StartConversationInput!) { startConversation(input: $input) { ${CONVERSATION} } }`, { input });
  const send = (client: Client | TestApp, conversationId: string, body: string) =>
    client.gql(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id body { markdown html } mine sender { id } } }`, { input: { conversationId, body } });
  const read = (client: Client | TestApp, id: string) => client.gql(`query ($id: ID!) { conversation(id: $id) { ${CONVERSATION} } }`, { id });
  const unread = async (client: Client) => (await client.gql(`{ unreadConversationCount }`)).data!.unreadConversationCount as number;

  function listen(userId: string) {
    const iterator = t.app.get<LiveEvents>(LIVE_EVENTS).subscribe(`user:${userId}`);
    const received: LivePayload[] = [];
    const pump = (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) received.push(next.value);
    })();
    return {
      async next(timeoutMs = 3000) {
        const deadline = Date.now() + timeoutMs;
        while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        return received.shift();
      },
      async stop() {
        await iterator.return?.();
        await pump;
      },
    };
  }

  it('writes to a person who allows contact: they see it unread, hear of it live, and the notification event is written', async () => {
    const anna = await person({ displayName: 'Anna Absenderin' });
    const bernd = await person({ displayName: 'Bernd Empfänger' });
    const channel = listen(bernd.user.id);
    let conversation: any;
    try {
      const res = await start(anna.client, { recipientId: bernd.user.id, subject: '  Sprachcafé  ', body: 'Hallo, wie habt ihr **Räume** gefunden?' });
      expect(res.errors).toBeUndefined();
      conversation = res.data!.startConversation;
      expect(await channel.next()).toEqual({ type: 'message', conversationId: conversation.id });
    } finally {
      await channel.stop();
    }
    expect(conversation).toMatchObject({
      subject: 'Sprachcafé',
      unread: false,
      practice: null,
      participants: [
        { id: anna.user.id, displayName: 'Anna Absenderin' },
        { id: bernd.user.id, displayName: 'Bernd Empfänger' },
      ],
    });
    expect(conversation.messages.edges).toHaveLength(1);
    expect(conversation.messages.edges[0].node).toMatchObject({
      mine: true,
      sender: { id: anna.user.id },
      body: { markdown: 'Hallo, wie habt ihr **Räume** gefunden?', html: '<p>Hallo, wie habt ihr <strong>Räume</strong> gefunden?</p>\n' },
    });

    expect(await unread(bernd.client)).toBe(1);
    expect(await unread(anna.client)).toBe(0);
    const list = await bernd.client.gql(`{ conversations { totalCount edges { node { id unread subject } } } }`);
    expect(list.data!.conversations).toEqual({ totalCount: 1, edges: [{ node: { id: conversation.id, unread: true, subject: 'Sprachcafé' } }] });
    const seen = await read(bernd.client, conversation.id);
    expect(seen.data!.conversation.messages.edges[0].node.mine).toBe(false);
    const marked = await bernd.client.gql(`mutation ($id: ID!) { markConversationRead(id: $id) { unread } }`, { id: conversation.id });
    expect(marked.data!.markConversationRead.unread).toBe(false);
    expect(await unread(bernd.client)).toBe(0);

    const messageId = conversation.messages.edges[0].node.id;
    const events = await t.dataSource.query(`SELECT payload FROM outbox WHERE kind = 'event' AND payload->>'messageId' = $1`, [messageId]);
    expect(events.map((e: { payload: unknown }) => e.payload)).toEqual([{ type: 'message.sent', messageId, conversationId: conversation.id, actorId: anna.user.id }]);

    // A reply makes it unread for the other side only, and reaches them live.
    const annaChannel = listen(anna.user.id);
    try {
      const reply = await send(bernd.client, conversation.id, 'Über die Stadtbücherei.');
      expect(reply.data!.sendMessage).toMatchObject({ mine: true, sender: { id: bernd.user.id }, body: { markdown: 'Über die Stadtbücherei.' } });
      expect(await annaChannel.next()).toEqual({ type: 'message', conversationId: conversation.id });
    } finally {
      await annaChannel.stop();
    }
    expect(await unread(anna.client)).toBe(1);
    expect(await unread(bernd.client)).toBe(0);
  });

  it('refuses a person who does not allow contact with CONTACT_NOT_ALLOWED', async () => {
    const anna = await person();
    const closed = await person({ allowContact: false });
    expect(codeOf(await start(anna.client, { recipientId: closed.user.id, body: 'Hallo' }))).toBe('CONTACT_NOT_ALLOWED');
    expect(await unread(closed.client)).toBe(0);
  });

  it('continues the conversation of the same two people, whoever writes first, and keeps practices apart', async () => {
    const anna = await person({ allowContact: false });
    const bernd = await person();
    const first = (await start(anna.client, { recipientId: bernd.user.id, body: 'Erste Nachricht' })).data!.startConversation;
    const again = (await start(anna.client, { recipientId: bernd.user.id, subject: 'Neuer Betreff', body: 'Zweite Nachricht' })).data!.startConversation;
    expect(again.id).toBe(first.id);
    expect(again.subject).toBeNull();
    // Anna does not allow contact, but she wrote to Bernd: Bernd may answer through "start" too.
    const back = await start(bernd.client, { recipientId: anna.user.id, body: 'Antwort' });
    expect(back.data!.startConversation.id).toBe(first.id);
    expect(back.data!.startConversation.messages.edges.map((e: any) => e.node.body.markdown)).toEqual(['Erste Nachricht', 'Zweite Nachricht', 'Antwort']);

    const practice = await buildPractice(t.dataSource, { municipalityId: place.id, contactUserId: bernd.user.id });
    const about = (await start(anna.client, { practiceId: practice.id, body: 'Zu eurem Praxisbeispiel' })).data!.startConversation;
    expect(about.id).not.toBe(first.id);
    expect(about.practice).toEqual({ id: practice.id, slug: practice.slug, title: practice.title });
  });

  it('makes one conversation of two first messages sent at the same moment', async () => {
    const anna = await person();
    const bernd = await person();
    const [one, two] = await Promise.all([start(anna.client, { recipientId: bernd.user.id, body: 'Hallo' }), start(bernd.client, { recipientId: anna.user.id, body: 'Hallo zurück' })]);
    expect(one.data!.startConversation.id).toBe(two.data!.startConversation.id);
    expect((await anna.client.gql(`{ conversations { totalCount } }`)).data!.conversations.totalCount).toBe(1);
  });

  it('shows a conversation only to its participants', async () => {
    const anna = await person();
    const bernd = await person();
    const other = await person();
    const id = (await start(anna.client, { recipientId: bernd.user.id, body: 'Nur für Bernd' })).data!.startConversation.id;
    expect(codeOf(await read(other.client, id))).toBe('NOT_FOUND');
    expect(codeOf(await send(other.client, id, 'Ich mische mich ein'))).toBe('NOT_FOUND');
    expect(codeOf(await other.client.gql(`mutation ($id: ID!) { markConversationRead(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
    expect((await other.client.gql(`{ conversations { totalCount } }`)).data!.conversations.totalCount).toBe(0);
    for (const res of [await read(t, id), await send(t, id, 'Gast'), await t.gql(`{ conversations { totalCount } }`), await t.gql(`{ unreadConversationCount }`), await t.gql(`{ blockedUsers { id } }`)]) {
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM message WHERE conversation_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('blocking a sender stops their messages and new conversations until unblocked', async () => {
    const anna = await person({ displayName: 'Anna Aufdringlich' });
    const bernd = await person();
    const id = (await start(anna.client, { recipientId: bernd.user.id, body: 'Hallo' })).data!.startConversation.id;
    expect((await bernd.client.gql(`mutation ($id: ID!) { blockSender(userId: $id) }`, { id: anna.user.id })).data!.blockSender).toBe(true);
    expect((await bernd.client.gql(`mutation ($id: ID!) { blockSender(userId: $id) }`, { id: anna.user.id })).data!.blockSender).toBe(true);
    expect((await bernd.client.gql(`{ blockedUsers { id displayName } }`)).data!.blockedUsers).toEqual([{ id: anna.user.id, displayName: 'Anna Aufdringlich' }]);

    expect(codeOf(await send(anna.client, id, 'Noch eine'))).toBe('SENDER_BLOCKED');
    expect(codeOf(await start(anna.client, { recipientId: bernd.user.id, body: 'Neu' }))).toBe('SENDER_BLOCKED');
    const practice = await buildPractice(t.dataSource, { municipalityId: place.id, contactUserId: bernd.user.id });
    expect(codeOf(await start(anna.client, { practiceId: practice.id, body: 'Über die Praxis' }))).toBe('SENDER_BLOCKED');
    // Bernd can still write to Anna: the block is one-way.
    expect((await send(bernd.client, id, 'Bitte nicht mehr schreiben.')).errors).toBeUndefined();

    expect((await bernd.client.gql(`mutation ($id: ID!) { unblockSender(userId: $id) }`, { id: anna.user.id })).data!.unblockSender).toBe(true);
    expect((await bernd.client.gql(`{ blockedUsers { id } }`)).data!.blockedUsers).toEqual([]);
    expect((await send(anna.client, id, 'Entschuldigung')).errors).toBeUndefined();
  });

  it('refuses blocking yourself or an unknown person', async () => {
    const anna = await person();
    expect(codeOf(await anna.client.gql(`mutation ($id: ID!) { blockSender(userId: $id) }`, { id: anna.user.id }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await anna.client.gql(`mutation { blockSender(userId: "00000000-0000-4000-8000-000000000000") }`))).toBe('NOT_FOUND');
    expect(codeOf(await anna.client.gql(`mutation { blockSender(userId: "nobody") }`))).toBe('BAD_USER_INPUT');
  });

  it('checks bodies, subjects and the recipient, naming the field', async () => {
    const anna = await person();
    const bernd = await person();
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ recipientId: bernd.user.id, body: '   ' }, { body: ['body must be between 1 and 5000 characters.'] }],
      [{ recipientId: bernd.user.id, body: 'x'.repeat(5001) }, { body: ['body must be between 1 and 5000 characters.'] }],
      [{ recipientId: bernd.user.id, body: 'Hallo', subject: 'x'.repeat(201) }, { subject: ['subject must be at most 200 characters.'] }],
      [{ body: 'Hallo' }, { recipientId: ['Give either recipientId or practiceId.'], practiceId: ['Give either recipientId or practiceId.'] }],
      [{ recipientId: anna.user.id, body: 'Hallo' }, { recipientId: ['That is you.'] }],
    ];
    for (const [input, fields] of cases) {
      const res = await start(anna.client, input);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual(fields);
    }
    const id = (await start(anna.client, { recipientId: bernd.user.id, body: 'Hallo' })).data!.startConversation.id;
    const empty = await send(anna.client, id, '');
    expect(empty.errors![0].extensions!.fields).toEqual({ body: ['body must be between 1 and 5000 characters.'] });
    expect(codeOf(await start(anna.client, { recipientId: '00000000-0000-4000-8000-000000000000', body: 'Hallo' }))).toBe('NOT_FOUND');
  });

  it('limits messages to 20 a minute per person with RATE_LIMITED', async () => {
    const anna = await person();
    const bernd = await person();
    const id = (await start(anna.client, { recipientId: bernd.user.id, body: 'Hallo' })).data!.startConversation.id;
    for (let i = 2; i <= 20; i++) expect((await send(anna.client, id, `Nachricht ${i}`)).errors).toBeUndefined();
    const limited = await send(anna.client, id, 'Nummer 21');
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].message).toMatch(/try again in 1 minute/);
    expect(codeOf(await start(anna.client, { recipientId: (await person()).user.id, body: 'Woanders' }))).toBe('RATE_LIMITED');
    // Others are not affected.
    expect((await send(bernd.client, id, 'Ich darf noch')).errors).toBeUndefined();
  });

  it('pages messages back in time (newest last) and lists conversations by latest activity', async () => {
    const anna = await person();
    const bernd = await person();
    const carla = await person();
    const withBernd = (await start(anna.client, { recipientId: bernd.user.id, body: 'Nachricht 1' })).data!.startConversation.id;
    for (let i = 2; i <= 5; i++) await send(anna.client, withBernd, `Nachricht ${i}`);
    const withCarla = (await start(anna.client, { recipientId: carla.user.id, body: 'An Carla' })).data!.startConversation.id;

    const list = await anna.client.gql(`{ conversations(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(list.data!.conversations.edges.map((e: any) => e.node.id)).toEqual([withCarla]);
    const rest = await anna.client.gql(`query ($a: String) { conversations(first: 1, after: $a) { pageInfo { hasNextPage } edges { node { id } } } }`, {
      a: list.data!.conversations.pageInfo.endCursor,
    });
    expect(rest.data!.conversations).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { id: withBernd } }] });
    await send(bernd.client, withBernd, 'Bernd antwortet');
    const reordered = await anna.client.gql(`{ conversations { edges { node { id unread } } } }`);
    expect(reordered.data!.conversations.edges.map((e: any) => e.node)).toEqual([
      { id: withBernd, unread: true },
      { id: withCarla, unread: false },
    ]);

    const PAGE = `query ($id: ID!, $before: String) { conversation(id: $id) { messages(first: 2, before: $before) { totalCount pageInfo { hasNextPage endCursor } edges { node { body { markdown } } } } } }`;
    const texts = (res: any) => res.data.conversation.messages.edges.map((e: any) => e.node.body.markdown);
    const newest = await anna.client.gql(PAGE, { id: withBernd });
    expect(texts(newest)).toEqual(['Nachricht 5', 'Bernd antwortet']);
    expect(newest.data!.conversation.messages.totalCount).toBe(6);
    const older = await anna.client.gql(PAGE, { id: withBernd, before: newest.data!.conversation.messages.pageInfo.endCursor });
    expect(texts(older)).toEqual(['Nachricht 3', 'Nachricht 4']);
    const oldest = await anna.client.gql(PAGE, { id: withBernd, before: older.data!.conversation.messages.pageInfo.endCursor });
    expect(texts(oldest)).toEqual(['Nachricht 1', 'Nachricht 2']);
    expect(oldest.data!.conversation.messages.pageInfo.hasNextPage).toBe(false);
  });

  it('lists conversations with participants, practice and latest message in the same number of SQL statements for 1 or 5', async () => {
    const anna = await person();
    for (let i = 0; i < 5; i++) {
      const other = await person();
      const practice = await buildPractice(t.dataSource, { municipalityId: place.id, contactUserId: other.user.id });
      await start(anna.client, { practiceId: practice.id, body: `Frage ${i}` });
    }
    const q = `query ($n: Int!) { conversations(first: $n) { edges { node { id unread participants { displayName } practice { title }
      messages(first: 1) { totalCount edges { node { body { html } sender { displayName } mine } } } } } } }`;
    await anna.client.gql(q, { n: 1 });
    const counter = countQueries(t.dataSource);
    try {
      const one = await anna.client.gql(q, { n: 1 });
      const statementsForOne = counter.count;
      counter.reset();
      const five = await anna.client.gql(q, { n: 5 });
      expect(one.data!.conversations.edges).toHaveLength(1);
      expect(five.data!.conversations.edges).toHaveLength(5);
      expect(five.data!.conversations.edges[4].node.messages.edges[0].node.body.html).toBe('<p>Frage 0</p>\n');
      expect(counter.count).toBe(statementsForOne);
    } finally {
      counter.restore();
    }
  });

  it('renders bodies as sanitized Markdown', async () => {
    const anna = await person();
    const bernd = await person();
    const res = await start(anna.client, { recipientId: bernd.user.id, body: '<script>alert(1)</script> [Link](javascript:alert(1)) *ok*' });
    const html: string = res.data!.startConversation.messages.edges[0].node.body.html;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<em>ok</em>');
  });

  describe('practice contacts', () => {
    it("writes to a practice's registered contact person even when they do not allow contact otherwise", async () => {
      const anna = await person();
      const contact = await person({ allowContact: false, displayName: 'Petra Praxis' });
      const practice = await buildPractice(t.dataSource, { municipalityId: place.id, contactUserId: contact.user.id });
      const res = await start(anna.client, { practiceId: practice.id, body: 'Wie viele Ehrenamtliche braucht ihr?' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.startConversation.participants.map((p: any) => p.displayName)).toContain('Petra Praxis');
      expect(await unread(contact.client)).toBe(1);
      // The contact person writing to their own practice makes no sense.
      expect(codeOf(await start(contact.client, { practiceId: practice.id, body: 'An mich selbst' }))).toBe('BAD_USER_INPUT');
    });

    it('e-mails a contact without an account who agreed to show their address, naming the sender but not their address; no conversation', async () => {
      const anna = await person({ displayName: 'Anna aus Altdorf' });
      const email = `erika.${Date.now()}@example.org`;
      const practice = await buildPractice(t.dataSource, { municipalityId: place.id, contactName: 'Erika Beispiel', contactEmail: email, contactConsent: true });
      const res = await start(anna.client, { practiceId: practice.id, subject: 'Frage zum Sprachcafé', body: 'Wie habt ihr **angefangen**?' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.startConversation).toBeNull();
      const sent = await mail.waitFor(email);
      expect(sent.subject).toBe(`Praxisforum: Nachricht von Anna aus Altdorf zu „${practice.title}“`);
      expect(sent.text).toContain('Guten Tag Erika Beispiel');
      expect(sent.text).toContain('Frage zum Sprachcafé');
      expect(sent.text).toContain('Wie habt ihr **angefangen**?');
      expect(sent.text).toContain(`/praxisbeispiele/${practice.slug}`);
      expect(sent.text).toContain('/registrieren');
      expect(sent.text).not.toContain(anna.user.email);
      expect((await anna.client.gql(`{ conversations { totalCount } }`)).data!.conversations.totalCount).toBe(0);

      // A few a day per sender and practice, not more.
      for (let i = 0; i < 2; i++) expect((await start(anna.client, { practiceId: practice.id, body: `Nachtrag ${i}` })).errors).toBeUndefined();
      expect(codeOf(await start(anna.client, { practiceId: practice.id, body: 'Und noch einer' }))).toBe('RATE_LIMITED');
    });

    it('refuses a practice whose contact did not consent, or that names no contact; hides unpublished practices', async () => {
      const anna = await person();
      const noConsent = await buildPractice(t.dataSource, { municipalityId: place.id, contactName: 'Erika', contactEmail: 'erika@example.org', contactConsent: false });
      const noContact = await buildPractice(t.dataSource, { municipalityId: place.id });
      const draft = await buildPractice(t.dataSource, { municipalityId: place.id, state: 'draft', contactUserId: (await person()).user.id });
      expect(codeOf(await start(anna.client, { practiceId: noConsent.id, body: 'Hallo' }))).toBe('CONTACT_NOT_ALLOWED');
      expect(codeOf(await start(anna.client, { practiceId: noContact.id, body: 'Hallo' }))).toBe('CONTACT_NOT_ALLOWED');
      expect(codeOf(await start(anna.client, { practiceId: draft.id, body: 'Hallo' }))).toBe('NOT_FOUND');
      expect(mail.mailsTo('erika@example.org')).toEqual([]);
    });
  });

  it('leaves out participants whose account was deleted and refuses to write into the void', async () => {
    const anna = await person();
    const bernd: { user: TestUser; client: Client } = await person();
    const id = (await start(anna.client, { recipientId: bernd.user.id, body: 'Hallo' })).data!.startConversation.id;
    await t.dataSource.query(`UPDATE app_user SET deleted_at = now(), email = NULL WHERE id = $1`, [bernd.user.id]);
    const res = await read(anna.client, id);
    expect(res.data!.conversation.participants.map((p: any) => p.id)).toEqual([anna.user.id]);
    expect(codeOf(await send(anna.client, id, 'Bist du noch da?'))).toBe('CONTACT_NOT_ALLOWED');
  });
});
