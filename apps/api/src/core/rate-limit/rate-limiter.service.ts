import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL, so limits hold across API instances. One statement per
 * counted key; the hit is counted even when it is refused, so hammering does not reset the window.
 */
@Injectable()
export class RateLimiterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(...limits: Limit[]): Promise<void> {
    for (const limit of limits) {
      const [row] = await this.dataSource.query<{ hits: number; retry_after: string }[]>(
        `INSERT INTO rate_limit AS r (key, window_start, hits) VALUES ($1, now(), 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END,
           window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END
         RETURNING hits, EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now())) AS retry_after`,
        [limit.key, limit.windowSeconds],
      );
      if (row.hits > limit.max) {
        const retryAfterSeconds = Math.max(1, Math.ceil(Number(row.retry_after)));
        const minutes = Math.ceil(retryAfterSeconds / 60);
        throw new DomainError('RATE_LIMITED', `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
          retryAfterSeconds,
        });
      }
    }
  }

  /** Forget the counter of a key, e.g. an account's failed sign-ins after a successful one. */
  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit WHERE key = $1`, [key]);
  }
}
