import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';

/** Who changed what: written in the same transaction as the change itself. */
@Injectable()
export class AuditService {
  async record(
    manager: EntityManager,
    entry: { actorId: string | null; action: string; subjectType: string; subjectId?: string | null; details?: Record<string, unknown> },
  ): Promise<void> {
    await manager.query(`INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5)`, [
      entry.actorId,
      entry.action,
      entry.subjectType,
      entry.subjectId ?? null,
      JSON.stringify(entry.details ?? {}),
    ]);
  }
}
