import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { checkPasswordStrength, hashPassword, normalizeEmail, PRIVACY_NOTICE_VERSION } from '../accounts/index.js';
import { AuditService } from '../core/audit/audit.service.js';
import { authorize } from '../core/auth/policy.js';
import { SessionService } from '../core/auth/session.service.js';
import { hashToken, newToken } from '../core/auth/tokens.js';
import { type Actor, type MembershipRole } from '../core/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { DomainError } from '../core/errors/domain-error.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { RateLimiterService } from '../core/rate-limit/rate-limiter.service.js';
import { renderMail } from '../mail/templates.js';
import { type Municipality, MunicipalityService } from '../municipalities/index.js';
import { type Invitation, type InvitationPreview, type InvitationStatus } from './invitation.types.js';

export const INVITATION_DAYS = 14;

interface InvitationRow {
  id: string;
  email: string;
  municipality_id: string;
  role: MembershipRole;
  invited_by_name: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

const SELECT = `SELECT i.id, i.email, i.municipality_id, i.role, u.display_name AS invited_by_name, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
                  FROM invitation i LEFT JOIN app_user u ON u.id = i.invited_by`;

function statusOf(row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return new Date(row.expires_at).getTime() <= Date.now() ? 'expired' : 'pending';
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly municipalities: MunicipalityService,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxService,
    private readonly rateLimiter: RateLimiterService,
    private readonly audit: AuditService,
  ) {}

  private view(row: InvitationRow, municipality: Municipality): Invitation {
    return {
      id: row.id,
      email: row.email,
      municipality,
      role: row.role,
      invitedByName: row.invited_by_name,
      createdAt: new Date(row.created_at).toISOString(),
      expiresAt: new Date(row.expires_at).toISOString(),
      status: statusOf(row),
    };
  }

  /** Admins invite to any municipality, coordinators to their own, as coordinator or member. */
  async invite(actor: Actor, input: { email: string; municipalitySlug: string; role: MembershipRole }): Promise<Invitation> {
    const municipality = await this.municipalities.getBySlug(input.municipalitySlug);
    const viewer = authorize(actor, 'municipality:invite', { municipalityId: municipality.id });
    await this.rateLimiter.hit({ key: `invite:user:${viewer.id}`, max: 100, windowSeconds: 3600 });
    const email = normalizeEmail(input.email);
    const token = newToken();
    const row = await this.dataSource.transaction(async (tx) => {
      // A new invitation replaces an open one for the same person and place.
      await tx.query(`UPDATE invitation SET revoked_at = now() WHERE email = $1 AND municipality_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`, [
        email,
        municipality.id,
      ]);
      const [created] = await tx.query<{ id: string }[]>(
        `INSERT INTO invitation (token_hash, email, municipality_id, role, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING id`,
        [hashToken(token), email, municipality.id, input.role, viewer.id, INVITATION_DAYS],
      );
      const [inserted] = await tx.query<InvitationRow[]>(`${SELECT} WHERE i.id = $1`, [created.id]);
      const roleName = { coordinator: 'Koordinatorin oder Koordinator', member: 'Mitglied' }[input.role];
      await this.outbox.enqueue(
        tx,
        'email',
        {
          ...renderMail('invitation', 'de', email, {
            inviter: viewer.displayName,
            role: roleName,
            municipality: municipality.name,
            link: `${this.config.publicUrl}/einladung?token=${encodeURIComponent(token)}`,
            expires: new Date(inserted.expires_at).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' }),
          }),
        },
      );
      await this.audit.record(tx, {
        actorId: viewer.id,
        action: 'invitation.created',
        subjectType: 'municipality',
        subjectId: municipality.id,
        details: { invitationId: created.id, role: input.role },
      });
      return inserted;
    });
    this.outbox.wake();
    return this.view(row, municipality);
  }

  async list(actor: Actor, municipalitySlug: string): Promise<Invitation[]> {
    const municipality = await this.municipalities.getBySlug(municipalitySlug);
    authorize(actor, 'municipality:invite', { municipalityId: municipality.id });
    const rows = await this.dataSource.query<InvitationRow[]>(`${SELECT} WHERE i.municipality_id = $1 ORDER BY i.created_at DESC LIMIT 200`, [municipality.id]);
    return rows.map((row) => this.view(row, municipality));
  }

  async revoke(actor: Actor, id: string): Promise<Invitation> {
    const [row] = await this.dataSource.query<InvitationRow[]>(`${SELECT} WHERE i.id = $1`, [id]);
    if (!row) throw new DomainError('NOT_FOUND', 'This invitation does not exist.');
    const viewer = authorize(actor, 'invitation:revoke', { municipalityId: row.municipality_id });
    if (row.accepted_at) throw new DomainError('CONFLICT', 'This invitation was already accepted.');
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE invitation SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`, [id]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'invitation.revoked', subjectType: 'municipality', subjectId: row.municipality_id, details: { invitationId: id } });
    });
    const [updated] = await this.dataSource.query<InvitationRow[]>(`${SELECT} WHERE i.id = $1`, [id]);
    const [municipality] = await this.municipalities.findByIds([row.municipality_id]);
    return this.view(updated, municipality);
  }

  private async byToken(manager: EntityManager, token: string, lock = false) {
    const rows = await manager.query<(InvitationRow & { account_id: string | null })[]>(
      `SELECT i.id, i.email, i.municipality_id, i.role, NULL AS invited_by_name, i.created_at, i.expires_at, i.accepted_at, i.revoked_at,
              (SELECT id FROM app_user WHERE email = i.email AND deleted_at IS NULL) AS account_id
         FROM invitation i WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashToken(token)],
    );
    if (!rows[0]) throw new DomainError('TOKEN_INVALID', 'This invitation link is not valid.');
    return rows[0];
  }

  /** Public: the token is the secret. */
  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.byToken(this.dataSource.manager, token);
    const [municipality] = await this.municipalities.findByIds([row.municipality_id]);
    return { email: row.email, municipality, role: row.role, expiresAt: new Date(row.expires_at).toISOString(), status: statusOf(row), accountExists: !!row.account_id };
  }

  /**
   * Accepting creates the account (the link proves the mailbox) or upgrades the existing one,
   * which must be the signed-in account. Coordination is never downgraded by a member invitation.
   */
  async accept(actor: Actor, input: { token: string; displayName?: string; password?: string }, userAgent?: string) {
    if (!actor && input.password !== undefined) checkPasswordStrength(input.password, [input.displayName ?? '']);
    const passwordHash = !actor && input.password ? await hashPassword(input.password, this.config.argon2) : undefined;
    const result = await this.dataSource.transaction(async (tx) => {
      const row = await this.byToken(tx, input.token, true);
      const status = statusOf(row);
      if (status === 'accepted') throw new DomainError('TOKEN_USED', 'This invitation has already been accepted.');
      if (status === 'revoked') throw new DomainError('TOKEN_INVALID', 'This invitation was withdrawn.');
      if (status === 'expired') throw new DomainError('TOKEN_EXPIRED', 'This invitation has expired. Please ask for a new one.');

      let userId: string;
      let session: { token: string; expiresAt: Date } | undefined;
      if (row.account_id) {
        if (!actor) throw new DomainError('UNAUTHENTICATED', `Please sign in as ${row.email} to accept this invitation.`);
        if (actor.id !== row.account_id) throw new DomainError('FORBIDDEN', 'This invitation is for another e-mail address.');
        userId = actor.id;
      } else {
        if (actor) throw new DomainError('FORBIDDEN', 'This invitation is for another e-mail address. Please sign out first.');
        if (!input.displayName || !passwordHash) {
          throw new DomainError('BAD_USER_INPUT', 'Please choose a display name and a password for your new account.', {
            fields: { ...(input.displayName ? {} : { displayName: ['required'] }), ...(passwordHash ? {} : { password: ['required'] }) },
          });
        }
        const [created] = await tx.query<{ id: string }[]>(
          `INSERT INTO app_user (email, email_verified_at, password_hash, display_name) VALUES ($1, now(), $2, $3) RETURNING id`,
          [row.email, passwordHash, input.displayName],
        );
        userId = created.id;
        await tx.query(`INSERT INTO consent (user_id, kind, version) VALUES ($1, 'privacy_notice', $2)`, [userId, PRIVACY_NOTICE_VERSION]);
        session = await this.sessions.create(tx, userId, userAgent);
      }
      await tx.query(
        `INSERT INTO municipality_membership (user_id, municipality_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, municipality_id) DO UPDATE SET role = CASE WHEN municipality_membership.role = 'coordinator' THEN 'coordinator' ELSE EXCLUDED.role END`,
        [userId, row.municipality_id, row.role],
      );
      await tx.query(`UPDATE invitation SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [row.id, userId]);
      await this.audit.record(tx, { actorId: userId, action: 'invitation.accepted', subjectType: 'municipality', subjectId: row.municipality_id, details: { invitationId: row.id, role: row.role } });
      return { userId, session };
    });
    return result;
  }
}
