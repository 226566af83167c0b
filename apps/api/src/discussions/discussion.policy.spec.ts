import { buildViewer } from '../../test/factories/viewer.factory.js';
import { type DomainError } from '../core/errors/domain-error.js';
import {
  authorizeAnswerDecision,
  authorizeDelete,
  authorizeEdit,
  authorizeReaction,
  authorizeReply,
  postAbilities,
  type PostSubject,
  seesHiddenContent,
  threadAbilities,
  type ThreadSubject,
} from './discussion.policy.js';

const author = buildViewer({ id: 'author' });
const member = buildViewer({ id: 'member' });
const coordinator = buildViewer({ id: 'coordinator', coordinatorOf: ['m1'], memberOf: ['m1'] });
const moderator = buildViewer({ id: 'moderator', role: 'moderator' });
const admin = buildViewer({ id: 'admin', role: 'admin' });

const question = (overrides: Partial<ThreadSubject> = {}): ThreadSubject => ({ authorId: 'author', kind: 'question', locked: false, deleted: false, ...overrides });
const reply = (overrides: Partial<PostSubject> = {}): PostSubject => ({ authorId: 'replier', number: 2, deleted: false, hidden: false, held: false, ...overrides });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('thread abilities', () => {
  it.each([
    ['guest', null, { reply: false, edit: false, accept: false, moderate: false, flag: false }],
    ['member', member, { reply: true, edit: false, accept: false, moderate: false, flag: true }],
    ['coordinator', coordinator, { reply: true, edit: false, accept: false, moderate: false, flag: true }],
    ['author', author, { reply: true, edit: true, accept: true, moderate: false, flag: false }],
    ['moderator', moderator, { reply: true, edit: true, accept: true, moderate: true, flag: true }],
    ['admin', admin, { reply: true, edit: true, accept: true, moderate: true, flag: true }],
  ])('in an open question: %s', (_role, actor, expected) => {
    expect(threadAbilities(actor, question())).toEqual(expected);
  });

  it.each([
    ['member', member, { reply: false, edit: false }],
    ['author', author, { reply: false, edit: false }],
    ['moderator', moderator, { reply: true, edit: true }],
    ['admin', admin, { reply: true, edit: true }],
  ])('in a locked thread: %s', (_role, actor, expected) => {
    expect(threadAbilities(actor, question({ locked: true }))).toMatchObject(expected);
  });

  it('offers no accepted answer in discussions', () => {
    for (const actor of [author, moderator, admin]) expect(threadAbilities(actor, question({ kind: 'discussion' })).accept).toBe(false);
  });
});

describe('post abilities', () => {
  const replier = buildViewer({ id: 'replier' });

  it.each([
    ['guest', null, { edit: false, delete: false, react: false, accept: false, flag: false, moderate: false }],
    ['member', member, { edit: false, delete: false, react: true, accept: false, flag: true, moderate: false }],
    ['its author', replier, { edit: true, delete: true, react: false, accept: false, flag: false, moderate: false }],
    ['the asker', author, { edit: false, delete: false, react: true, accept: true, flag: true, moderate: false }],
    ['moderator', moderator, { edit: true, delete: true, react: true, accept: true, flag: true, moderate: true }],
    ['admin', admin, { edit: true, delete: true, react: true, accept: true, flag: true, moderate: true }],
  ])('on a reply to a question: %s', (_role, actor, expected) => {
    expect(postAbilities(actor, reply(), question())).toEqual(expected);
  });

  it('never accepts the question itself, nor deleted, hidden or held replies', () => {
    expect(postAbilities(author, reply({ number: 1, authorId: 'author' }), question()).accept).toBe(false);
    for (const state of [{ deleted: true }, { hidden: true }, { held: true }]) {
      expect(postAbilities(moderator, reply(state), question()).accept).toBe(false);
      expect(postAbilities(member, reply(state), question()).react).toBe(false);
    }
  });

  it('lets nobody edit or delete a deleted post again', () => {
    expect(postAbilities(moderator, reply({ deleted: true }), question())).toMatchObject({ edit: false, delete: false });
  });

  it('shows hidden content to the author and moderators only', () => {
    expect(seesHiddenContent(null, 'a')).toBe(false);
    expect(seesHiddenContent(member, 'author')).toBe(false);
    expect(seesHiddenContent(author, 'author')).toBe(true);
    expect(seesHiddenContent(moderator, 'author')).toBe(true);
    expect(seesHiddenContent(member, null)).toBe(false);
  });
});

describe('authorization with error codes', () => {
  it('refuses guests everywhere with UNAUTHENTICATED', () => {
    expect(codeOf(() => authorizeReply(null, question()))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorizeEdit(null, 'author', question()))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorizeDelete(null, 'author'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorizeReaction(null, reply()))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorizeAnswerDecision(null, question()))).toBe('UNAUTHENTICATED');
  });

  it('refuses replies in locked threads with THREAD_LOCKED, except for moderators', () => {
    expect(codeOf(() => authorizeReply(member, question({ locked: true })))).toBe('THREAD_LOCKED');
    expect(codeOf(() => authorizeReply(moderator, question({ locked: true })))).toBe('ok');
  });

  it('lets authors edit while open, moderators always, others never', () => {
    expect(codeOf(() => authorizeEdit(author, 'author', question()))).toBe('ok');
    expect(codeOf(() => authorizeEdit(author, 'author', question({ locked: true })))).toBe('THREAD_LOCKED');
    expect(codeOf(() => authorizeEdit(member, 'author', question()))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeEdit(coordinator, 'author', question()))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeEdit(moderator, 'author', question({ locked: true })))).toBe('ok');
  });

  it('lets authors and moderators delete', () => {
    expect(codeOf(() => authorizeDelete(author, 'author'))).toBe('ok');
    expect(codeOf(() => authorizeDelete(member, 'author'))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeDelete(admin, 'author'))).toBe('ok');
  });

  it('refuses a helpful mark on one’s own post', () => {
    expect(codeOf(() => authorizeReaction(buildViewer({ id: 'replier' }), reply()))).toBe('FORBIDDEN');
    expect(codeOf(() => authorizeReaction(member, reply()))).toBe('ok');
  });

  it('says NOT_A_QUESTION before NOT_THREAD_AUTHOR', () => {
    expect(codeOf(() => authorizeAnswerDecision(member, question({ kind: 'discussion' })))).toBe('NOT_A_QUESTION');
    expect(codeOf(() => authorizeAnswerDecision(member, question()))).toBe('NOT_THREAD_AUTHOR');
    expect(codeOf(() => authorizeAnswerDecision(author, question()))).toBe('ok');
    expect(codeOf(() => authorizeAnswerDecision(moderator, question()))).toBe('ok');
  });
});
