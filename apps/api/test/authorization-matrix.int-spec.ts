import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildMunicipality, uniqueTag } from './factories/municipality.factory.js';
import { buildPost, buildThread, buildTopic, topicId, type PostState } from './factories/thread.factory.js';
import { buildUser, signedIn, type TestUser } from './factories/user.factory.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Who may call which mutation: one table, tried for every role. A mutation added to the schema
 * without a row here fails the first test, so no mutation ships without a decision on its rights.
 */
type Role = 'guest' | 'member' | 'coordinatorA' | 'coordinatorB' | 'moderator' | 'admin';
const ROLES: Role[] = ['guest', 'member', 'coordinatorA', 'coordinatorB', 'moderator', 'admin'];
const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'guest');

interface World {
  municipalityA: { id: string; slug: string };
  municipalityB: { id: string; slug: string };
  /** A complete practice of municipality A in the given state. */
  practiceInA(state: 'draft' | 'in_review' | 'published'): Promise<string>;
  adoptionByB(): Promise<string>;
  attachmentInA(): Promise<string>;
  invitationInA(): Promise<string>;
  freshUser(): Promise<TestUser>;
  /** A thread by someone else, in a topic of its own. */
  thread(options?: { hidden?: boolean; locked?: boolean; pinned?: boolean }): Promise<{ id: string; firstPostId: string }>;
  /** A reply by someone else. */
  post(state?: PostState): Promise<string>;
  topic(): Promise<string>;
  /** Someone who allows contact. */
  contactableUser(): Promise<TestUser>;
  /** A conversation between two other people. */
  conversationOfOthers(): Promise<string>;
  topicId: string;
  /** A question by someone else with one reply by a third person. */
  questionByOther(): Promise<{ threadId: string; firstPostId: string; replyId: string }>;
}

interface Row {
  query: string;
  variables: (world: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Roles that get past authorization (they may still fail on the data, e.g. a wrong token). */
  allowed: Role[];
  /** The code signed-in roles without the right get, when more telling than FORBIDDEN. */
  refusal?: string;
}

const randomId = '00000000-0000-4000-8000-000000000000';
const everyone = ROLES;

const MATRIX: Record<string, Row> = {
  register: {
    query: `mutation ($input: RegisterInput!) { register(input: $input) }`,
    variables: () => ({ input: { email: `${uniqueTag()}@example.org`, displayName: 'Matrix', password: 'Matrix-Passwort 2026', acceptPrivacyNotice: true } }),
    allowed: everyone,
  },
  confirmEmail: { query: `mutation { confirmEmail(input: { token: "unknown" }) }`, variables: () => ({}), allowed: everyone },
  signIn: {
    query: `mutation { signIn(input: { email: "nobody@example.org", password: "whatever-it-is" }) { id } }`,
    variables: () => ({}),
    allowed: everyone,
  },
  signOut: { query: `mutation { signOut }`, variables: () => ({}), allowed: everyone },
  requestPasswordReset: { query: `mutation { requestPasswordReset(input: { email: "nobody@example.org" }) }`, variables: () => ({}), allowed: everyone },
  resetPassword: { query: `mutation { resetPassword(input: { token: "unknown", password: "Irgendein Passwort" }) }`, variables: () => ({}), allowed: everyone },
  submitAccessibilityFeedback: {
    query: `mutation { submitAccessibilityFeedback(input: { message: "Matrix-Test der Rechte" }) { id } }`,
    variables: () => ({}),
    allowed: everyone,
  },
  acceptInvitation: { query: `mutation { acceptInvitation(input: { token: "unknown" }) { id } }`, variables: () => ({}), allowed: everyone },

  signOutEverywhere: { query: `mutation { signOutEverywhere }`, variables: () => ({}), allowed: SIGNED_IN },
  revokeSession: { query: `mutation ($id: ID!) { revokeSession(id: $id) }`, variables: () => ({ id: randomId }), allowed: SIGNED_IN },
  changePassword: {
    query: `mutation { changePassword(input: { currentPassword: "not the password", newPassword: "Ein neues Passwort" }) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  requestEmailChange: {
    query: `mutation { requestEmailChange(input: { newEmail: "elsewhere@example.org", password: "not the password" }) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  updateProfile: {
    query: `mutation { updateProfile(input: { displayName: "Matrix", allowContact: false, locale: DE }) { id } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  deleteMyAccount: {
    query: `mutation { deleteMyAccount(input: { password: "not the password", deleteContributions: false }) }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },

  inviteUser: {
    query: `mutation ($input: InviteInput!) { inviteUser(input: $input) { id } }`,
    variables: (w) => ({ input: { email: `${uniqueTag()}@example.org`, municipalitySlug: w.municipalityA.slug, role: 'MEMBER' } }),
    allowed: ['coordinatorA', 'admin'],
  },
  revokeInvitation: {
    query: `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.invitationInA() }),
    allowed: ['coordinatorA', 'admin'],
  },

  setUserRole: {
    query: `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`,
    variables: async (w) => ({ id: (await w.freshUser()).id }),
    allowed: ['admin'],
  },
  setMembership: {
    query: `mutation ($input: SetMembershipInput!) { setMembership(input: $input) { id } }`,
    variables: async (w) => ({ input: { userId: (await w.freshUser()).id, municipalitySlug: w.municipalityA.slug, role: 'MEMBER' } }),
    allowed: ['admin'],
  },
  blockUser: {
    query: `mutation ($input: BlockUserInput!) { blockUser(input: $input) { id } }`,
    variables: async (w) => ({ input: { userId: (await w.freshUser()).id, reason: 'Matrix-Test' } }),
    allowed: ['admin'],
  },
  createPractice: {
    query: `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`,
    variables: (w) => ({ input: { municipalitySlug: w.municipalityA.slug, title: 'Matrix-Praxis' } }),
    allowed: ['coordinatorA', 'admin'],
  },
  updatePractice: {
    query: `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }`,
    variables: async (w) => ({ input: { id: await w.practiceInA('draft'), version: 1, title: 'Matrix-Praxis', workStatus: 'IDEA' } }),
    allowed: ['coordinatorA', 'admin'],
  },
  submitPractice: { query: `mutation ($id: ID!) { submitPractice(id: $id) { id } }`, variables: async (w) => ({ id: await w.practiceInA('draft') }), allowed: ['coordinatorA', 'admin'] },
  publishPractice: { query: `mutation ($id: ID!) { publishPractice(id: $id) { id } }`, variables: async (w) => ({ id: await w.practiceInA('in_review') }), allowed: ['moderator', 'admin'] },
  returnPracticeToDraft: {
    query: `mutation ($id: ID!) { returnPracticeToDraft(input: { id: $id, comment: "Bitte ergänzen." }) { id } }`,
    variables: async (w) => ({ id: await w.practiceInA('in_review') }),
    allowed: ['moderator', 'admin'],
  },
  archivePractice: {
    query: `mutation ($id: ID!) { archivePractice(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.practiceInA('published') }),
    allowed: ['coordinatorA', 'moderator', 'admin'],
  },
  deletePractice: { query: `mutation ($id: ID!) { deletePractice(id: $id) }`, variables: async (w) => ({ id: await w.practiceInA('draft') }), allowed: ['coordinatorA', 'admin'] },
  followPractice: { query: `mutation ($id: ID!) { followPractice(id: $id) { id } }`, variables: async (w) => ({ id: await w.practiceInA('published') }), allowed: SIGNED_IN },
  unfollowPractice: { query: `mutation ($id: ID!) { unfollowPractice(id: $id) { id } }`, variables: async (w) => ({ id: await w.practiceInA('published') }), allowed: SIGNED_IN },
  recordAdoption: {
    query: `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { id } }`,
    variables: async (w) => ({ input: { practiceId: await w.practiceInA('published'), municipalitySlug: w.municipalityB.slug, kind: 'ADOPTED', adoptedOn: '2025-01-01' } }),
    allowed: ['coordinatorB', 'admin'],
  },
  updateAdoption: {
    query: `mutation ($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { id } }`,
    variables: async (w) => ({ input: { id: await w.adoptionByB(), kind: 'ADAPTED', adoptedOn: '2025-01-01' } }),
    allowed: ['coordinatorB', 'admin'],
  },
  deleteAdoption: { query: `mutation ($id: ID!) { deleteAdoption(id: $id) }`, variables: async (w) => ({ id: await w.adoptionByB() }), allowed: ['coordinatorB', 'admin'] },
  updateAttachment: {
    query: `mutation ($id: ID!) { updateAttachment(id: $id, altText: "Plakat") { id } }`,
    variables: async (w) => ({ id: await w.attachmentInA() }),
    allowed: ['coordinatorA', 'admin'],
  },
  deleteAttachment: { query: `mutation ($id: ID!) { deleteAttachment(id: $id) }`, variables: async (w) => ({ id: await w.attachmentInA() }), allowed: ['coordinatorA', 'admin'] },

  // Moderation: flags by anyone signed in, everything else by moderators and admins.
  flagPost: {
    query: `mutation ($id: ID!) { flagPost(input: { postId: $id, reason: SPAM }) }`,
    variables: async (w) => ({ id: await w.post() }),
    allowed: SIGNED_IN,
  },
  flagThread: {
    query: `mutation ($id: ID!) { flagThread(input: { threadId: $id, reason: OFFENSIVE, note: "Matrix" }) }`,
    variables: async (w) => ({ id: (await w.thread()).id }),
    allowed: SIGNED_IN,
  },
  hidePost: { query: `mutation ($id: ID!) { hidePost(postId: $id, reason: "Matrix-Test") { id } }`, variables: async (w) => ({ id: await w.post() }), allowed: ['moderator', 'admin'] },
  restorePost: {
    query: `mutation ($id: ID!) { restorePost(postId: $id) { id } }`,
    variables: async (w) => ({ id: await w.post({ hiddenReason: 'Matrix-Test' }) }),
    allowed: ['moderator', 'admin'],
  },
  approvePost: { query: `mutation ($id: ID!) { approvePost(postId: $id) { id } }`, variables: async (w) => ({ id: await w.post({ held: true }) }), allowed: ['moderator', 'admin'] },
  rejectPost: {
    query: `mutation ($id: ID!) { rejectPost(postId: $id, reason: "Matrix-Test") { id } }`,
    variables: async (w) => ({ id: await w.post({ held: true }) }),
    allowed: ['moderator', 'admin'],
  },
  hideThread: {
    query: `mutation ($id: ID!) { hideThread(threadId: $id, reason: "Matrix-Test") { id } }`,
    variables: async (w) => ({ id: (await w.thread()).id }),
    allowed: ['moderator', 'admin'],
  },
  restoreThread: {
    query: `mutation ($id: ID!) { restoreThread(threadId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.thread({ hidden: true })).id }),
    allowed: ['moderator', 'admin'],
  },
  lockThread: { query: `mutation ($id: ID!) { lockThread(threadId: $id) { id } }`, variables: async (w) => ({ id: (await w.thread()).id }), allowed: ['moderator', 'admin'] },
  unlockThread: {
    query: `mutation ($id: ID!) { unlockThread(threadId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.thread({ locked: true })).id }),
    allowed: ['moderator', 'admin'],
  },
  pinThread: { query: `mutation ($id: ID!) { pinThread(threadId: $id) { id } }`, variables: async (w) => ({ id: (await w.thread()).id }), allowed: ['moderator', 'admin'] },
  unpinThread: {
    query: `mutation ($id: ID!) { unpinThread(threadId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.thread({ pinned: true })).id }),
    allowed: ['moderator', 'admin'],
  },
  moveThread: {
    query: `mutation ($id: ID!, $topic: ID!) { moveThread(threadId: $id, space: { type: TOPIC, id: $topic }, reason: "Matrix-Test") { id } }`,
    variables: async (w) => ({ id: (await w.thread()).id, topic: await w.topic() }),
    allowed: ['moderator', 'admin'],
  },
  dismissFlags: {
    query: `mutation ($id: ID!) { dismissFlags(subjectType: "thread", subjectId: $id) }`,
    variables: async (w) => ({ id: (await w.thread()).id }),
    allowed: ['moderator', 'admin'],
  },
  warnUser: {
    query: `mutation ($id: ID!) { warnUser(userId: $id, reason: "Matrix-Test") }`,
    variables: async (w) => ({ id: (await w.freshUser()).id }),
    allowed: ['moderator', 'admin'],
  },
  moderatorBlockUser: {
    query: `mutation ($id: ID!) { moderatorBlockUser(userId: $id, reason: "Matrix-Test") }`,
    variables: async (w) => ({ id: (await w.freshUser()).id }),
    allowed: ['moderator', 'admin'],
  },

  // Private messages: anyone signed in, each only in their own conversations (others get NOT_FOUND).
  startConversation: {
    query: `mutation ($id: ID!) { startConversation(input: { recipientId: $id, body: "Matrix-Test" }) { id } }`,
    variables: async (w) => ({ id: (await w.contactableUser()).id }),
    allowed: SIGNED_IN,
  },
  sendMessage: {
    query: `mutation ($id: ID!) { sendMessage(input: { conversationId: $id, body: "Matrix-Test" }) { id } }`,
    variables: async (w) => ({ id: await w.conversationOfOthers() }),
    allowed: SIGNED_IN,
  },
  markConversationRead: {
    query: `mutation ($id: ID!) { markConversationRead(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.conversationOfOthers() }),
    allowed: SIGNED_IN,
  },
  blockSender: { query: `mutation ($id: ID!) { blockSender(userId: $id) }`, variables: async (w) => ({ id: (await w.freshUser()).id }), allowed: SIGNED_IN },
  unblockSender: { query: `mutation ($id: ID!) { unblockSender(userId: $id) }`, variables: async (w) => ({ id: (await w.freshUser()).id }), allowed: SIGNED_IN },
  follow: {
    query: `mutation ($id: ID!) { follow(subjectType: MUNICIPALITY, subjectId: $id, level: NORMAL) { level } }`,
    variables: (w) => ({ id: w.municipalityA.id }),
    allowed: SIGNED_IN,
  },
  unfollow: {
    query: `mutation ($id: ID!) { unfollow(subjectType: MUNICIPALITY, subjectId: $id) }`,
    variables: (w) => ({ id: w.municipalityA.id }),
    allowed: SIGNED_IN,
  },
  markNotificationsRead: { query: `mutation { markNotificationsRead }`, variables: () => ({}), allowed: SIGNED_IN },
  updateNotificationPreferences: {
    query: `mutation { updateNotificationPreferences(input: { emailFrequency: WEEKLY }) { emailFrequency } }`,
    variables: () => ({}),
    allowed: SIGNED_IN,
  },
  // The signed token is the credential (links in mails work without signing in): refused as TOKEN_INVALID, never FORBIDDEN.
  unsubscribe: { query: `mutation { unsubscribe(token: "tampered") }`, variables: () => ({}), allowed: everyone },

  createThread: {
    query: `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
    variables: (w) => ({ input: { space: { type: 'TOPIC', id: w.topicId }, kind: 'QUESTION', title: 'Matrix-Frage', body: 'Wie geht das?' } }),
    allowed: SIGNED_IN,
  },
  createPost: {
    query: `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    variables: async (w) => ({ input: { threadId: (await w.questionByOther()).threadId, body: 'Eine Antwort.' } }),
    allowed: SIGNED_IN,
  },
  editPost: {
    query: `mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`,
    variables: async (w) => ({ input: { postId: (await w.questionByOther()).replyId, body: 'Geändert.' } }),
    allowed: ['moderator', 'admin'],
  },
  editThread: {
    query: `mutation ($input: EditThreadInput!) { editThread(input: $input) { id } }`,
    variables: async (w) => ({ input: { threadId: (await w.questionByOther()).threadId, title: 'Neuer Titel' } }),
    allowed: ['moderator', 'admin'],
  },
  deletePost: { query: `mutation ($id: ID!) { deletePost(postId: $id) { id } }`, variables: async (w) => ({ id: (await w.questionByOther()).replyId }), allowed: ['moderator', 'admin'] },
  addReaction: { query: `mutation ($id: ID!) { addReaction(postId: $id) { id } }`, variables: async (w) => ({ id: (await w.questionByOther()).replyId }), allowed: SIGNED_IN },
  removeReaction: { query: `mutation ($id: ID!) { removeReaction(postId: $id) { id } }`, variables: async (w) => ({ id: (await w.questionByOther()).replyId }), allowed: SIGNED_IN },
  acceptAnswer: {
    query: `mutation ($id: ID!) { acceptAnswer(postId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.questionByOther()).replyId }),
    allowed: ['moderator', 'admin'],
    refusal: 'NOT_THREAD_AUTHOR',
  },
  unacceptAnswer: {
    query: `mutation ($id: ID!) { unacceptAnswer(threadId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.questionByOther()).threadId }),
    allowed: ['moderator', 'admin'],
    refusal: 'NOT_THREAD_AUTHOR',
  },
  markThreadRead: {
    query: `mutation ($id: ID!) { markThreadRead(threadId: $id, number: 1) { id } }`,
    variables: async (w) => ({ id: (await w.questionByOther()).threadId }),
    allowed: SIGNED_IN,
  },

  unblockUser: {
    query: `mutation ($id: ID!) { unblockUser(userId: $id) { id } }`,
    variables: async (w) => ({ id: (await w.freshUser()).id }),
    allowed: ['admin'],
  },
};

describe('authorization matrix', () => {
  let t: TestApp;
  let world: World;
  let accounts: Record<Exclude<Role, 'guest'>, () => Promise<TestUser>>;

  beforeAll(async () => {
    t = await startTestApp();
    const a = await buildMunicipality(t.dataSource);
    const b = await buildMunicipality(t.dataSource);
    const admin = await buildUser(t.dataSource, { role: 'admin' });
    accounts = {
      member: () => buildUser(t.dataSource, { memberships: [{ municipalityId: a.id, role: 'member' }] }),
      coordinatorA: () => buildUser(t.dataSource, { memberships: [{ municipalityId: a.id, role: 'coordinator' }] }),
      coordinatorB: () => buildUser(t.dataSource, { memberships: [{ municipalityId: b.id, role: 'coordinator' }] }),
      moderator: () => buildUser(t.dataSource, { role: 'moderator' }),
      admin: () => buildUser(t.dataSource, { role: 'admin' }),
    };
    const topic = uniqueTag('topic');
    await t.dataSource.query(`INSERT INTO topic (slug, name_de, name_en, position) VALUES ($1, 'Thema', 'Topic', 0)`, [topic]);
    const practiceInA = async (state: 'draft' | 'in_review' | 'published') => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO practice (slug, municipality_id, state, title, summary, problem, approach, results, transferability, contact_name, contact_email, contact_consent,
                               submitted_at, published_at)
         VALUES ($1, $2, $3::varchar, 'Matrix-Praxis', 'Kurz', 'Problem', 'Vorgehen', 'Ergebnisse', 'Übertragbar', 'Erika Beispiel', 'erika@example.org', true,
                 CASE WHEN $3::varchar = 'in_review' THEN now() END, CASE WHEN $3::varchar = 'published' THEN now() END) RETURNING id`,
        [uniqueTag('practice'), a.id, state],
      );
      await t.dataSource.query(`INSERT INTO practice_topic (practice_id, topic_id) SELECT $1, id FROM topic WHERE slug = $2`, [row.id, topic]);
      return row.id;
    };
    world = {
      municipalityA: a,
      municipalityB: b,
      practiceInA,
      adoptionByB: async () => {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO adoption (practice_id, municipality_id, kind, adopted_on) VALUES ($1, $2, 'adopted', '2025-01-01') RETURNING id`,
          [await practiceInA('published'), b.id],
        );
        return row.id;
      },
      attachmentInA: async () => {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO practice_attachment (practice_id, storage_key, file_name, mime_type, size_bytes) VALUES ($1, $2, 'plan.pdf', 'application/pdf', 10) RETURNING id`,
          [await practiceInA('draft'), `attachments/${uniqueTag('key')}`],
        );
        return row.id;
      },
      freshUser: () => buildUser(t.dataSource),
      thread: async (options = {}) => {
        const author = await buildUser(t.dataSource);
        return buildThread(t.dataSource, {
          authorId: author.id,
          kind: 'discussion',
          space: await buildTopic(t.dataSource),
          hiddenReason: options.hidden ? 'Matrix-Test' : undefined,
          locked: options.locked,
          pinned: options.pinned,
        });
      },
      post: async (state = {}) => {
        const author = await buildUser(t.dataSource);
        const thread = await buildThread(t.dataSource, { authorId: author.id, kind: 'discussion', space: await buildTopic(t.dataSource) });
        return (await buildPost(t.dataSource, thread.id, { authorId: author.id, ...state })).id;
      },
      topic: async () => (await buildTopic(t.dataSource)).id,
      contactableUser: async () => {
        const user = await buildUser(t.dataSource);
        await t.dataSource.query(`UPDATE app_user SET allow_contact = true WHERE id = $1`, [user.id]);
        return user;
      },
      conversationOfOthers: async () => {
        const [one, two] = [await buildUser(t.dataSource), await buildUser(t.dataSource)];
        const [row] = await t.dataSource.query<{ id: string }[]>(`INSERT INTO conversation (subject) VALUES ('Matrix') RETURNING id`);
        await t.dataSource.query(`INSERT INTO conversation_participant (conversation_id, user_id) VALUES ($1, $2), ($1, $3)`, [row.id, one.id, two.id]);
        return row.id;
      },
      topicId: await topicId(t.dataSource),
      questionByOther: async () => {
        const [asker, replier] = [await buildUser(t.dataSource), await buildUser(t.dataSource)];
        const thread = await buildThread(t.dataSource, { authorId: asker.id, replies: [{ authorId: replier.id }] });
        return { threadId: thread.id, firstPostId: thread.firstPostId, replyId: thread.replyIds[0] };
      },
      invitationInA: async () => {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO invitation (token_hash, email, municipality_id, role, invited_by, expires_at)
           VALUES (md5(random()::text) || md5(random()::text), $1, $2, 'member', $3, now() + interval '1 day') RETURNING id`,
          [`${uniqueTag()}@example.org`, a.id, admin.id],
        );
        return row.id;
      },
    };
  });
  afterAll(() => t.close());

  it('has a row for every mutation of the schema', () => {
    const mutations = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(mutations);
  });

  const cases = Object.entries(MATRIX).flatMap(([name, row]) => ROLES.map((role) => [name, role, row.allowed.includes(role)] as const));

  it.each(cases)('%s as %s: allowed=%s', async (_name, role, allowed) => {
    const row = MATRIX[_name];
    const client = role === 'guest' ? t.client() : await signedIn(t, await accounts[role]());
    const result = await client.gql(row.query, await row.variables(world));
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    if (allowed) {
      expect(codes).not.toContain('FORBIDDEN');
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    } else {
      expect(codes).toEqual([role === 'guest' ? 'UNAUTHENTICATED' : (row.refusal ?? 'FORBIDDEN')]);
    }
  });
});
