import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { badInput, DomainError, notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, encodeCursor, toConnection } from '../core/graphql/pagination.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { RateLimiterService } from '../core/rate-limit/rate-limiter.service.js';
import { LIVE_EVENTS, type LiveEvents } from '../core/realtime/live-events.js';
import { hasPracticeRight } from '../practices/index.js';
import { contactMail } from './contact-mail.js';
import { MessageRepository, type PracticeContactRow, toConversation } from './message.repository.js';
import { type Conversation, type Message, type StartConversationInput } from './message.types.js';
import { type PersonRef } from '../core/graphql/person-ref.js';

/** Messages a person may send per minute, new conversations included. */
export const MESSAGES_PER_MINUTE = 20;
/** E-mails relayed to one practice's contact person per sender and day. */
export const CONTACT_MAILS_PER_DAY = 3;

function signedIn(actor: Actor): Viewer {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
  return actor;
}

/** A practice the viewer may see, as the policy of the practices feature decides. */
export function practiceVisible(actor: Actor, p: Pick<PracticeContactRow, 'municipality_id' | 'state' | 'published_at'>): boolean {
  return hasPracticeRight(actor, 'view', {
    municipalityId: p.municipality_id,
    state: p.state as 'published',
    publishedAt: p.published_at ? new Date(p.published_at).toISOString() : null,
  });
}

/**
 * Private messages between signed-in people. Only participants ever see a conversation (others
 * get NOT_FOUND, so its existence does not leak); a person can be written to when they allow
 * contact or are the named contact person of a practice, and blocking a sender stops both new
 * conversations and further messages from them.
 */
@Injectable()
export class MessageService {
  constructor(
    private readonly repo: MessageRepository,
    private readonly outbox: OutboxService,
    private readonly rateLimiter: RateLimiterService,
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get dataSource() {
    return this.repo.dataSource;
  }

  private limitRate(viewer: Viewer) {
    return this.rateLimiter.hit({ key: `messages:${viewer.id}`, max: MESSAGES_PER_MINUTE, windowSeconds: 60 });
  }

  /**
   * To a person: they must allow contact (or already share a conversation with the sender). To a
   * practice: its contact person with an account, whatever their contact setting, since being
   * named as the contact is the consent; a contact without an account who agreed to show their
   * e-mail address gets the message by e-mail and no conversation is created (null is returned);
   * without that consent, or without any contact, CONTACT_NOT_ALLOWED.
   */
  async start(actor: Actor, input: StartConversationInput): Promise<Conversation | null> {
    const viewer = signedIn(actor);
    if (!!input.recipientId === !!input.practiceId) {
      const message = 'Give either recipientId or practiceId.';
      throw badInput(message, { recipientId: [message], practiceId: [message] });
    }
    let recipientId: string;
    let practice: PracticeContactRow | null = null;
    if (input.practiceId) {
      practice = await this.repo.practice(input.practiceId);
      if (!practice || !practiceVisible(viewer, practice)) throw notFound('Practice', input.practiceId);
      const contact = practice.contact_user_id ? await this.repo.user(practice.contact_user_id) : null;
      if (contact && !contact.deleted_at && !contact.blocked_at) {
        recipientId = contact.id;
      } else if (practice.contact_consent && practice.contact_name && practice.contact_email) {
        await this.mailContact(viewer, practice, input);
        return null;
      } else {
        throw new DomainError('CONTACT_NOT_ALLOWED', 'This practice has no contact person who can be written to.');
      }
      if (recipientId === viewer.id) throw badInput('You are the contact person of this practice yourself.', { practiceId: ['You are its contact person.'] });
    } else {
      recipientId = input.recipientId!;
      if (recipientId === viewer.id) throw badInput('You cannot write to yourself.', { recipientId: ['That is you.'] });
    }

    await this.limitRate(viewer);
    const id = await this.dataSource.transaction(async (tx) => {
      const recipient = await this.repo.user(recipientId, tx);
      if (!recipient || recipient.deleted_at) throw notFound('User', recipientId);
      if (await this.repo.blockedBy(tx, [recipient.id], viewer.id)) throw new DomainError('SENDER_BLOCKED', 'This person does not accept messages from you.');
      // Two first messages sent at the same moment must still end up in one conversation.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`conversation:${[viewer.id, recipient.id].sort().join(':')}:${practice?.id ?? ''}`]);
      const existing = await this.repo.findPair(tx, viewer.id, recipient.id, practice?.id ?? null);
      if (!existing && !practice && (!recipient.allow_contact || recipient.blocked_at)) {
        throw new DomainError('CONTACT_NOT_ALLOWED', 'This person does not accept messages.');
      }
      const conversationId = existing ?? (await this.repo.createConversation(tx, [viewer.id, recipient.id], practice?.id ?? null, input.subject ?? null));
      await this.deliver(tx, viewer, conversationId, [recipient.id], input.body);
      return conversationId;
    });
    this.outbox.wake();
    return this.get(viewer, id);
  }

  private async mailContact(viewer: Viewer, practice: PracticeContactRow, input: StartConversationInput): Promise<void> {
    await this.limitRate(viewer);
    await this.rateLimiter.hit({ key: `contact-mail:${viewer.id}:${practice.id}`, max: CONTACT_MAILS_PER_DAY, windowSeconds: 86_400 });
    await this.dataSource.transaction(async (tx) => {
      await this.outbox.enqueue(tx, 'email', {
        ...contactMail({
          to: practice.contact_email!,
          contactName: practice.contact_name!,
          senderName: viewer.displayName,
          practiceTitle: practice.title,
          practiceUrl: `${this.config.publicUrl}/praxisbeispiele/${practice.slug}`,
          registerUrl: `${this.config.publicUrl}/registrieren`,
          subject: input.subject ?? null,
          body: input.body,
        }),
      });
    });
    this.outbox.wake();
  }

  /** Stores the message, tells the notification feature (outbox) and the recipients' open pages (live). */
  private async deliver(tx: EntityManager, viewer: Viewer, conversationId: string, recipientIds: string[], body: string): Promise<string> {
    const messageId = await this.repo.addMessage(tx, conversationId, viewer.id, body);
    await this.outbox.emit(tx, { type: 'message.sent', messageId, conversationId, actorId: viewer.id });
    for (const id of recipientIds) await this.live.publish(tx, `user:${id}`, { type: 'message', conversationId });
    return messageId;
  }

  async send(actor: Actor, conversationId: string, body: string): Promise<Message> {
    const viewer = signedIn(actor);
    // Existence first, so non-participants learn nothing, not even that they hit a rate limit.
    if (!(await this.repo.conversation(viewer.id, conversationId))) throw notFound('Conversation', conversationId);
    await this.limitRate(viewer);
    const messageId = await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT id FROM conversation WHERE id = $1 FOR UPDATE`, [conversationId]);
      const others = await this.repo.othersIn(tx, conversationId, viewer.id);
      if (!others) throw notFound('Conversation', conversationId);
      const active = others.filter((o) => o.active).map((o) => o.id);
      if (active.length === 0) throw new DomainError('CONTACT_NOT_ALLOWED', 'Nobody is left in this conversation to read your message.');
      if (await this.repo.blockedBy(tx, active, viewer.id)) throw new DomainError('SENDER_BLOCKED', 'This person does not accept messages from you.');
      return this.deliver(tx, viewer, conversationId, active, body);
    });
    this.outbox.wake();
    const message = await this.repo.message(messageId, viewer.id);
    if (!message) throw notFound('Message', messageId);
    return message;
  }

  async get(actor: Actor, id: string): Promise<Conversation> {
    const viewer = signedIn(actor);
    const row = await this.repo.conversation(viewer.id, id);
    if (!row) throw notFound('Conversation', id);
    return toConversation(row);
  }

  async list(actor: Actor, first: number, after?: string): Promise<Connection<Conversation>> {
    const viewer = signedIn(actor);
    const cursor = after ? (decodeCursor(after, 2).map(String) as [string, string]) : undefined;
    const { rows, totalCount } = await this.repo.list(viewer.id, first, cursor);
    const keys = new Map(rows.map((r) => [r.id, [r.cursor_at, r.id]]));
    return toConnection(rows.map(toConversation), first, totalCount, (c) => keys.get(c.id)!);
  }

  /** Messages in time order (newest last); `before` pages back to older ones. */
  async messages(actor: Actor, conversationId: string, first: number, before?: string): Promise<Connection<Message>> {
    const viewer = signedIn(actor);
    const cursor = before ? (decodeCursor(before, 2).map(String) as [string, string]) : undefined;
    return toMessagePage(await this.repo.messages(conversationId, viewer.id, first, cursor), first);
  }

  async markRead(actor: Actor, id: string): Promise<Conversation> {
    const viewer = signedIn(actor);
    if (!(await this.repo.markRead(viewer.id, id))) throw notFound('Conversation', id);
    return this.get(viewer, id);
  }

  async unreadCount(actor: Actor): Promise<number> {
    return this.repo.unreadCount(signedIn(actor).id);
  }

  async block(actor: Actor, userId: string): Promise<boolean> {
    const viewer = signedIn(actor);
    if (userId === viewer.id) throw badInput('You cannot block yourself.', { userId: ['That is you.'] });
    const user = await this.repo.user(userId);
    if (!user || user.deleted_at) throw notFound('User', userId);
    await this.repo.block(viewer.id, userId);
    return true;
  }

  async unblock(actor: Actor, userId: string): Promise<boolean> {
    const viewer = signedIn(actor);
    await this.repo.unblock(viewer.id, userId);
    return true;
  }

  async blockedUsers(actor: Actor): Promise<PersonRef[]> {
    return this.repo.blocked(signedIn(actor).id);
  }
}

/** Rows come newest first with one extra; the page is the newest `first`, shown oldest first. */
export function toMessagePage(page: { totalCount: number; rows: { message: Message; keys: [string, string] }[] }, first: number): Connection<Message> {
  const taken = page.rows.slice(0, first).reverse();
  const edges = taken.map((r) => ({ cursor: encodeCursor(r.keys), node: r.message }));
  return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges[0]?.cursor ?? null } };
}
