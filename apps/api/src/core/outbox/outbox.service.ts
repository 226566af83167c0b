import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

import { type DomainEvent } from './domain-events.js';

/**
 * 'email' rows are sent by the mailer; 'event' rows carry a DomainEvent to the registered handlers;
 * 'search' rows carry index updates (their own kind, so a search engine that is down retries only them).
 */
export type OutboxKind = 'email' | 'event' | 'search';

export type OutboxHandler = (payload: Record<string, unknown>) => Promise<void>;
/** Where an event came from: the outbox row id identifies one emission, also across redeliveries. */
export interface DomainEventMeta {
  eventId?: string;
}
export type DomainEventHandler = (event: DomainEvent, meta: DomainEventMeta) => Promise<void>;

/**
 * Side effects are written as outbox rows in the same transaction as the change, so they happen
 * exactly when the change commits; the worker delivers them at least once.
 */
@Injectable()
export class OutboxService {
  private readonly listeners = new Set<() => void>();
  private readonly eventHandlers: DomainEventHandler[] = [];
  private readonly kindHandlers = new Map<OutboxKind, OutboxHandler>();

  async enqueue(manager: EntityManager, kind: OutboxKind, payload: Record<string, unknown>): Promise<void> {
    await manager.query(`INSERT INTO outbox (kind, payload) VALUES ($1, $2)`, [kind, JSON.stringify(payload)]);
  }

  /** Records a domain event in the caller's transaction; handlers run after it commits. */
  async emit(manager: EntityManager, event: DomainEvent): Promise<void> {
    await this.enqueue(manager, 'event', event);
  }

  /** Features register here (in onModuleInit) to react to events; every handler sees every event. */
  onEvent(handler: DomainEventHandler): void {
    this.eventHandlers.push(handler);
  }

  /** Runs every handler; the first failure makes the worker retry the whole event, so handlers are idempotent. */
  async dispatch(event: DomainEvent, meta: DomainEventMeta = {}): Promise<void> {
    for (const handler of this.eventHandlers) await handler(event, meta);
  }

  /** The one handler of a row kind other than 'email' and 'event'; a failure retries that row with backoff. */
  onKind(kind: Exclude<OutboxKind, 'email' | 'event'>, handler: OutboxHandler): void {
    this.kindHandlers.set(kind, handler);
  }

  handlerOf(kind: string): OutboxHandler | undefined {
    return this.kindHandlers.get(kind as OutboxKind);
  }

  /** Call after the transaction committed: the worker looks at once instead of at its next poll. */
  wake(): void {
    for (const listener of this.listeners) listener();
  }

  onWake(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
