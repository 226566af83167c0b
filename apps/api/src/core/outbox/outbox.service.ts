import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

export type OutboxKind = 'email';

/**
 * Side effects are written as outbox rows in the same transaction as the change, so they happen
 * exactly when the change commits; the worker delivers them at least once.
 */
@Injectable()
export class OutboxService {
  private readonly listeners = new Set<() => void>();

  async enqueue(manager: EntityManager, kind: OutboxKind, payload: Record<string, unknown>): Promise<void> {
    await manager.query(`INSERT INTO outbox (kind, payload) VALUES ($1, $2)`, [kind, JSON.stringify(payload)]);
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
