import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { authorize } from '../core/auth/policy.js';
import { type Actor } from '../core/auth/viewer.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { AccessibilityFeedback } from './accessibility-feedback.entity.js';
import { type AccessibilityFeedbackInput } from './dto/submit-accessibility-feedback.input.js';

@Injectable()
export class AccessibilityFeedbackService {
  constructor(@InjectRepository(AccessibilityFeedback) private readonly feedback: Repository<AccessibilityFeedback>) {}

  /** Anyone may send feedback (BITV requires a barrier-free way to report barriers). Listing it is for admins (identity issue). */
  submit(input: AccessibilityFeedbackInput): Promise<AccessibilityFeedback> {
    return this.feedback.save(
      this.feedback.create({ message: input.message, name: input.name ?? null, email: input.email ?? null, pageUrl: input.pageUrl ?? null }),
    );
  }

  /** Newest first, for admins. */
  async list(actor: Actor, first: number, after?: string): Promise<Connection<AccessibilityFeedback>> {
    authorize(actor, 'feedback:read');
    const query = this.feedback.createQueryBuilder('f');
    const count = query.clone();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      query.andWhere('(f.created_at, f.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', { createdAt: String(createdAt), id: String(id) });
    }
    const [totalCount, rows] = await Promise.all([
      count.getCount(),
      query.orderBy('f.created_at', 'DESC').addOrderBy('f.id', 'DESC').limit(first + 1).getMany(),
    ]);
    return toConnection(rows, first, totalCount, (f) => [f.createdAt.toISOString(), f.id]);
  }
}
