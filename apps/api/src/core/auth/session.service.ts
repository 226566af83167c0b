import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { BATCH_MAX, batchInList, coalescedLoader } from '../database/coalesced-loader.js';
import { preparedQuery } from '../database/prepared.js';
import { hashToken, newToken } from './tokens.js';
import { type UserRole, type Viewer } from './viewer.js';

interface ViewerRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  email: string;
  display_name: string;
  role: UserRole;
  locale: 'de' | 'en';
  coordinator_of: string[];
  member_of: string[];
}

export interface SessionInfo {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Server-side sessions: the cookie holds a random token, the database only its hash. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(manager: EntityManager, userId: string, userAgent?: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionAbsoluteDays * 86_400_000);
    await manager.query(`INSERT INTO user_session (token_hash, user_id, user_agent, expires_at) VALUES ($1, $2, $3, $4)`, [
      hashToken(token),
      userId,
      userAgent?.slice(0, 300) ?? null,
      expiresAt,
    ]);
    return { token, expiresAt };
  }

  /**
   * The viewer behind a session token, in one statement: unknown, expired (idle or absolute),
   * blocked and erased accounts all give null, so a blocked user's cookie stops working at once.
   */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const row = await this.byTokenHash.load(hashToken(token));
    if (!row) return null;
    // Idle expiry needs a recent last_seen_at; writing it at most once a minute keeps reads cheap.
    if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    }
    return {
      id: row.id,
      sessionId: row.session_id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      locale: row.locale,
      coordinatorOf: row.coordinator_of,
      memberOf: row.member_of,
    };
  }

  /**
   * Every signed-in request looks up its session: lookups coalesce across requests (see
   * coalescedLoader; nothing is cached, so a session ended or a user blocked before the call is
   * never found), as a prepared statement per batch size.
   */
  private readonly byTokenHash = coalescedLoader<string, ViewerRow>(
    async (hashes) => {
      const { size, params, list } = batchInList(hashes);
      const rows = await preparedQuery<ViewerRow & { token_hash: string }>(
        this.dataSource,
        `session.resolve.${size}`,
        `SELECT s.token_hash, s.id AS session_id, s.last_seen_at, u.id, u.email, u.display_name, u.role, u.locale,
                coalesce(array_agg(m.municipality_id) FILTER (WHERE m.role = 'coordinator'), '{}') AS coordinator_of,
                coalesce(array_agg(m.municipality_id) FILTER (WHERE m.municipality_id IS NOT NULL), '{}') AS member_of
           FROM user_session s
           JOIN app_user u ON u.id = s.user_id
           LEFT JOIN municipality_membership m ON m.user_id = u.id
          WHERE s.token_hash IN ${list} AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(days => $${size + 1})
            AND u.blocked_at IS NULL AND u.deleted_at IS NULL
          GROUP BY s.id, u.id`,
        [...params, this.config.sessionIdleDays],
      );
      const byHash = new Map(rows.map((r) => [r.token_hash, r]));
      return hashes.map((hash) => byHash.get(hash) ?? null);
    },
    { maxBatchSize: BATCH_MAX },
  );

  list(userId: string): Promise<SessionInfo[]> {
    return this.dataSource
      .query<{ id: string; user_agent: string | null; created_at: Date; last_seen_at: Date; expires_at: Date }[]>(
        `SELECT id, user_agent, created_at, last_seen_at, expires_at FROM user_session
          WHERE user_id = $1 AND expires_at > now() ORDER BY last_seen_at DESC LIMIT 100`,
        [userId],
      )
      .then((rows) =>
        rows.map((r) => ({ id: r.id, userAgent: r.user_agent, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at })),
      );
  }

  async revoke(manager: EntityManager, userId: string, sessionId: string): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(`DELETE FROM user_session WHERE id = $1 AND user_id = $2`, [sessionId, userId]);
    return result[1] > 0;
  }

  /** Ends all sessions of a user, or all but one (e.g. the one changing the password). */
  async revokeAll(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [userId, exceptSessionId ?? null]);
  }
}
