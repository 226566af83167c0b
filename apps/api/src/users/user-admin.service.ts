import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { authorize } from '../core/auth/policy.js';
import { SessionService } from '../core/auth/session.service.js';
import { type Actor, type MembershipRole, type UserRole } from '../core/auth/viewer.js';
import { containsPattern } from '../core/database/sql.js';
import { DomainError, notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { MunicipalityService } from '../municipalities/index.js';
import { type AdminUser } from './user-admin.types.js';

interface UserRow {
  id: string;
  email: string | null;
  display_name: string;
  role: UserRole;
  email_verified_at: Date | null;
  blocked_at: Date | null;
  blocked_reason: string | null;
  created_at: Date;
}

@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalityService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Rows to views, with all memberships of the page in one statement. */
  private async views(rows: UserRow[]): Promise<AdminUser[]> {
    const ids = rows.map((r) => r.id);
    const links = ids.length
      ? await this.dataSource.query<{ user_id: string; municipality_id: string; role: MembershipRole }[]>(
          `SELECT user_id, municipality_id, role FROM municipality_membership WHERE user_id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map((await this.municipalities.findByIds([...new Set(links.map((l) => l.municipality_id))])).map((m) => [m.id, m]));
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      emailVerified: !!r.email_verified_at,
      blocked: !!r.blocked_at,
      blockedReason: r.blocked_reason,
      createdAt: new Date(r.created_at).toISOString(),
      memberships: links
        .filter((l) => l.user_id === r.id && byId.has(l.municipality_id))
        .map((l) => ({ municipality: byId.get(l.municipality_id)!, role: l.role }))
        .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'de')),
    }));
  }

  private async one(userId: string): Promise<AdminUser> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT id, email, display_name, role, email_verified_at, blocked_at, blocked_reason, created_at FROM app_user WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    if (!rows[0]) throw notFound('User', userId);
    return (await this.views(rows))[0];
  }

  /** Newest accounts first; erased accounts are not listed. */
  async list(actor: Actor, args: { search?: string; role?: UserRole; first: number; after?: string }): Promise<Connection<AdminUser>> {
    authorize(actor, 'users:administer');
    const where = ['deleted_at IS NULL'];
    const params: unknown[] = [];
    if (args.search) {
      params.push(containsPattern(args.search.toLowerCase()));
      where.push(`(email LIKE $${params.length} OR lower(display_name) LIKE $${params.length})`);
    }
    if (args.role) {
      params.push(args.role);
      where.push(`role = $${params.length}`);
    }
    const filter = where.join(' AND ');
    const page = [...where];
    const pageParams = [...params];
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      pageParams.push(String(createdAt), String(id));
      // The cursor holds milliseconds (ISO); compare at that precision, or rows created within the
      // same millisecond as the cursor's would be skipped.
      page.push(`(date_trunc('milliseconds', created_at), id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`);
    }
    pageParams.push(args.first + 1);
    const [count, rows] = await Promise.all([
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user WHERE ${filter}`, params),
      this.dataSource.query<UserRow[]>(
        `SELECT id, email, display_name, role, email_verified_at, blocked_at, blocked_reason, created_at FROM app_user
          WHERE ${page.join(' AND ')} ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $${pageParams.length}`,
        pageParams,
      ),
    ]);
    const views = await this.views(rows);
    return toConnection(views, args.first, count[0].n, (u) => [u.createdAt, u.id]);
  }

  async setRole(actor: Actor, userId: string, role: UserRole): Promise<AdminUser> {
    const viewer = authorize(actor, 'users:administer');
    await this.dataSource.transaction(async (tx) => {
      const [target] = await tx.query<{ role: UserRole }[]>(`SELECT role FROM app_user WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [userId]);
      if (!target) throw notFound('User', userId);
      if (target.role === 'admin' && role !== 'admin') {
        const [{ n }] = await tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND deleted_at IS NULL AND blocked_at IS NULL`);
        if (n <= 1) throw new DomainError('CONFLICT', 'At least one administrator must remain.');
      }
      await tx.query(`UPDATE app_user SET role = $2, updated_at = now() WHERE id = $1`, [userId, role]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'user.role_changed', subjectType: 'user', subjectId: userId, details: { from: target.role, to: role } });
    });
    return this.one(userId);
  }

  async setMembership(actor: Actor, input: { userId: string; municipalitySlug: string; role?: MembershipRole | null }): Promise<AdminUser> {
    const viewer = authorize(actor, 'users:administer');
    const municipality = await this.municipalities.getBySlug(input.municipalitySlug);
    await this.one(input.userId);
    await this.dataSource.transaction(async (tx) => {
      if (input.role) {
        await tx.query(
          `INSERT INTO municipality_membership (user_id, municipality_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, municipality_id) DO UPDATE SET role = EXCLUDED.role`,
          [input.userId, municipality.id, input.role],
        );
      } else {
        await tx.query(`DELETE FROM municipality_membership WHERE user_id = $1 AND municipality_id = $2`, [input.userId, municipality.id]);
      }
      await this.audit.record(tx, {
        actorId: viewer.id,
        action: 'user.membership_changed',
        subjectType: 'user',
        subjectId: input.userId,
        details: { municipality: municipality.slug, role: input.role ?? null },
      });
    });
    return this.one(input.userId);
  }

  /** Blocking ends every session at once; the person cannot sign in until unblocked. */
  async block(actor: Actor, userId: string, reason: string): Promise<AdminUser> {
    const viewer = authorize(actor, 'users:administer');
    if (userId === viewer.id) throw new DomainError('CONFLICT', 'You cannot block yourself.');
    await this.one(userId);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET blocked_at = now(), blocked_reason = $2, updated_at = now() WHERE id = $1`, [userId, reason]);
      await this.sessions.revokeAll(tx, userId);
      await this.audit.record(tx, { actorId: viewer.id, action: 'user.blocked', subjectType: 'user', subjectId: userId, details: { reason } });
    });
    return this.one(userId);
  }

  async unblock(actor: Actor, userId: string): Promise<AdminUser> {
    const viewer = authorize(actor, 'users:administer');
    await this.one(userId);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET blocked_at = NULL, blocked_reason = NULL, updated_at = now() WHERE id = $1`, [userId]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'user.unblocked', subjectType: 'user', subjectId: userId });
    });
    return this.one(userId);
  }
}
