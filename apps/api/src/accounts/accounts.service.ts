import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { authorize, can } from '../core/auth/policy.js';
import { type SessionInfo, SessionService } from '../core/auth/session.service.js';
import { type Actor } from '../core/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { DomainError } from '../core/errors/domain-error.js';
import { APP_LOGGER } from '../core/logging/logger.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { RateLimiterService } from '../core/rate-limit/rate-limiter.service.js';
import { renderMail, type Locale, type TemplateName } from '../mail/templates.js';
import { MunicipalityService } from '../municipalities/index.js';
import { type Me } from './account.types.js';
import { type RegisterInput, type UpdateProfileInput } from './dto/account.inputs.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from './password.js';
import { User } from './user.entity.js';
import { consumeUserToken, issueUserToken, TOKEN_HOURS, type TokenPurpose } from './user-tokens.js';

/** Version of the privacy notice a person accepts when signing up (kept as a consent record). */
export const PRIVACY_NOTICE_VERSION = '2026-11-25';
const DELETED_NAME = '[deleted]';

export interface RequestMeta {
  ip: string;
  userAgent?: string;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxService,
    private readonly rateLimiter: RateLimiterService,
    private readonly audit: AuditService,
    private readonly municipalities: MunicipalityService,
  ) {}

  private link(path: string, token: string) {
    return `${this.config.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  }

  private async mail(manager: EntityManager, template: TemplateName, locale: Locale, to: string, vars: Record<string, string>) {
    await this.outbox.enqueue(manager, 'email', { ...renderMail(template, locale, to, vars) });
  }

  /** Runs work in a transaction and wakes the outbox worker once it committed. */
  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    this.outbox.wake();
    return result;
  }

  /** A hash to verify against when the account does not exist, so both cases take as long. */
  private verifyDummy(password: string) {
    this.dummyHash ??= hashPassword('not-a-real-password-but-just-as-slow', this.config.argon2);
    return this.dummyHash.then((hash) => verifyPassword(hash, password));
  }

  private async findByEmail(manager: EntityManager, email: string) {
    const rows = await manager.query<
      { id: string; display_name: string; locale: Locale; password_hash: string | null; email_verified_at: Date | null; blocked_at: Date | null }[]
    >(`SELECT id, display_name, locale, password_hash, email_verified_at, blocked_at FROM app_user WHERE email = $1 AND deleted_at IS NULL`, [email]);
    return rows[0];
  }

  /**
   * Sign-up. The answer is the same whether or not the address is taken (no account enumeration):
   * the owner of a taken address gets a mail saying so, with a link to reset the password.
   */
  async register(input: RegisterInput, meta: RequestMeta): Promise<void> {
    await this.rateLimiter.hit({ key: `register:ip:${meta.ip}`, max: 20, windowSeconds: 3600 });
    const email = normalizeEmail(input.email);
    checkPasswordStrength(input.password, [email, email.split('@')[0], input.displayName]);
    if (!input.acceptPrivacyNotice) {
      throw new DomainError('BAD_USER_INPUT', 'Please accept the privacy notice.', { fields: { acceptPrivacyNotice: ['required'] } });
    }
    const passwordHash = await hashPassword(input.password, this.config.argon2);
    await this.transaction(async (tx) => {
      const existing = await this.findByEmail(tx, email);
      if (existing) {
        const token = await issueUserToken(tx, existing.id, 'reset_password');
        await this.mail(tx, 'register_existing', existing.locale, email, { name: existing.display_name, link: this.link('/passwort-neu', token) });
        return;
      }
      const [user] = await tx.query<{ id: string }[]>(
        `INSERT INTO app_user (email, password_hash, display_name, locale) VALUES ($1, $2, $3, $4) RETURNING id`,
        [email, passwordHash, input.displayName.trim(), input.locale],
      );
      await tx.query(`INSERT INTO consent (user_id, kind, version) VALUES ($1, 'privacy_notice', $2)`, [user.id, PRIVACY_NOTICE_VERSION]);
      await this.sendVerification(tx, user.id, input.locale, email, input.displayName.trim());
    });
  }

  private async sendVerification(tx: EntityManager, userId: string, locale: Locale, email: string, name: string) {
    const token = await issueUserToken(tx, userId, 'verify_email');
    await this.mail(tx, 'verify_email', locale, email, { name, link: this.link('/bestaetigen', token), hours: String(TOKEN_HOURS.verify_email) });
  }

  /** Confirms a sign-up address or a changed address from the link in the mail. */
  async confirmEmail(token: string): Promise<{ purpose: TokenPurpose }> {
    return this.transaction(async (tx) => {
      const taken = await consumeUserToken(tx, token, ['verify_email', 'change_email']);
      if (taken.purpose === 'verify_email') {
        await tx.query(`UPDATE app_user SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`, [taken.userId]);
        return { purpose: taken.purpose };
      }
      const [user] = await tx.query<{ email: string; display_name: string; locale: Locale }[]>(`SELECT email, display_name, locale FROM app_user WHERE id = $1`, [
        taken.userId,
      ]);
      const inUse = await tx.query<unknown[]>(`SELECT 1 FROM app_user WHERE email = $1 AND id <> $2`, [taken.email, taken.userId]);
      if (inUse.length) throw new DomainError('CONFLICT', 'This e-mail address is already used by another account.');
      await tx.query(`UPDATE app_user SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1`, [taken.userId, taken.email]);
      await this.mail(tx, 'email_changed', user.locale, user.email, {
        name: user.display_name,
        newEmail: taken.email!,
        contact: this.config.operator.email ?? this.config.publicUrl,
      });
      return { purpose: taken.purpose };
    });
  }

  async signIn(emailInput: string, password: string, meta: RequestMeta): Promise<NewSession> {
    const email = normalizeEmail(emailInput);
    const accountKey = `signin:account:${email}`;
    await this.rateLimiter.hit({ key: `signin:ip:${meta.ip}`, max: 50, windowSeconds: 900 }, { key: accountKey, max: 10, windowSeconds: 900 });
    const user = await this.findByEmail(this.dataSource.manager, email);
    const valid = user?.password_hash ? await verifyPassword(user.password_hash, password) : await this.verifyDummy(password).then(() => false);
    if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS', 'The e-mail address or the password is not correct.');
    // Past this point the caller proved to know the password, so specific answers reveal nothing.
    if (user.blocked_at) throw new DomainError('ACCOUNT_BLOCKED', 'This account is blocked. Please contact the moderation team.');
    if (!user.email_verified_at) {
      await this.transaction((tx) => this.sendVerification(tx, user.id, user.locale, email, user.display_name));
      throw new DomainError('EMAIL_NOT_VERIFIED', 'Please confirm your e-mail address first. We have sent you a new link.');
    }
    const session = await this.sessions.create(this.dataSource.manager, user.id, meta.userAgent);
    await this.rateLimiter.reset(accountKey);
    return { ...session, userId: user.id };
  }

  async signOut(actor: Actor): Promise<void> {
    if (!actor) return;
    await this.sessions.revoke(this.dataSource.manager, actor.id, actor.sessionId);
  }

  async signOutEverywhere(actor: Actor): Promise<void> {
    const viewer = authorize(actor, 'account:manage');
    await this.sessions.revokeAll(this.dataSource.manager, viewer.id);
  }

  async revokeSession(actor: Actor, sessionId: string): Promise<void> {
    const viewer = authorize(actor, 'account:manage');
    if (!(await this.sessions.revoke(this.dataSource.manager, viewer.id, sessionId))) {
      throw new DomainError('NOT_FOUND', 'This session does not exist (any more).');
    }
  }

  listSessions(actor: Actor): Promise<SessionInfo[]> {
    return this.sessions.list(authorize(actor, 'account:manage').id);
  }

  /** Same answer for known and unknown addresses; a mail only goes to a real, active account. */
  async requestPasswordReset(emailInput: string, meta: RequestMeta): Promise<void> {
    const email = normalizeEmail(emailInput);
    await this.rateLimiter.hit({ key: `reset:ip:${meta.ip}`, max: 20, windowSeconds: 3600 }, { key: `reset:account:${email}`, max: 5, windowSeconds: 3600 });
    await this.transaction(async (tx) => {
      const user = await this.findByEmail(tx, email);
      if (!user || user.blocked_at) return;
      const token = await issueUserToken(tx, user.id, 'reset_password');
      await this.mail(tx, 'reset_password', user.locale, email, { name: user.display_name, link: this.link('/passwort-neu', token) });
    });
  }

  /** Sets a new password from a reset link; every session of the account ends. */
  async resetPassword(token: string, password: string): Promise<void> {
    checkPasswordStrength(password);
    const passwordHash = await hashPassword(password, this.config.argon2);
    await this.transaction(async (tx) => {
      const taken = await consumeUserToken(tx, token, ['reset_password']);
      // Following the link proved control of the mailbox, so the address counts as confirmed.
      await tx.query(`UPDATE app_user SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`, [
        taken.userId,
        passwordHash,
      ]);
      await this.sessions.revokeAll(tx, taken.userId);
    });
  }

  private async checkCurrentPassword(userId: string, password: string, field: string) {
    const [row] = await this.dataSource.query<{ password_hash: string | null }[]>(`SELECT password_hash FROM app_user WHERE id = $1`, [userId]);
    if (!row?.password_hash || !(await verifyPassword(row.password_hash, password))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is not correct.', { fields: { [field]: ['wrong'] } });
    }
  }

  /** Needs the old password; other sessions end, this one stays. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const viewer = authorize(actor, 'account:manage');
    await this.rateLimiter.hit({ key: `password:account:${viewer.id}`, max: 10, windowSeconds: 900 });
    await this.checkCurrentPassword(viewer.id, currentPassword, 'currentPassword');
    checkPasswordStrength(newPassword, [viewer.email, viewer.displayName]);
    const passwordHash = await hashPassword(newPassword, this.config.argon2);
    await this.transaction(async (tx) => {
      await tx.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [viewer.id, passwordHash]);
      await this.sessions.revokeAll(tx, viewer.id, viewer.sessionId);
      await this.audit.record(tx, { actorId: viewer.id, action: 'account.password_changed', subjectType: 'user', subjectId: viewer.id });
    });
  }

  /** The new address is only used once confirmed from a link sent to it. */
  async requestEmailChange(actor: Actor, newEmailInput: string, password: string): Promise<void> {
    const viewer = authorize(actor, 'account:manage');
    await this.rateLimiter.hit({ key: `password:account:${viewer.id}`, max: 10, windowSeconds: 900 });
    await this.checkCurrentPassword(viewer.id, password, 'password');
    const newEmail = normalizeEmail(newEmailInput);
    if (newEmail === viewer.email) throw new DomainError('BAD_USER_INPUT', 'This is already your e-mail address.', { fields: { newEmail: ['same'] } });
    await this.transaction(async (tx) => {
      // A taken address gets no mail and the same answer, so this cannot probe for accounts.
      if (await this.findByEmail(tx, newEmail)) return;
      const token = await issueUserToken(tx, viewer.id, 'change_email', newEmail);
      await this.mail(tx, 'change_email', viewer.locale, newEmail, {
        name: viewer.displayName,
        link: this.link('/bestaetigen', token),
        hours: String(TOKEN_HOURS.change_email),
      });
    });
  }

  /** The signed-in person's own view with memberships and abilities (three statements). */
  async me(actor: Actor): Promise<Me | null> {
    if (!actor) return null;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: actor.id });
    if (!user) return null;
    const memberships = await this.dataSource.query<{ municipality_id: string; role: 'coordinator' | 'member' }[]>(
      `SELECT municipality_id, role FROM municipality_membership WHERE user_id = $1`,
      [actor.id],
    );
    const ids = [...memberships.map((m) => m.municipality_id), ...(user.affiliationMunicipalityId ? [user.affiliationMunicipalityId] : [])];
    const byId = new Map((await this.municipalities.findByIds(ids)).map((m) => [m.id, m]));
    const resolved = memberships
      .map((m) => ({ municipality: byId.get(m.municipality_id)!, role: m.role }))
      .filter((m) => m.municipality)
      .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'de'));
    return {
      id: user.id,
      email: user.email ?? '',
      emailVerified: !!user.emailVerifiedAt,
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
      bio: user.bio,
      affiliationText: user.affiliationText,
      affiliationMunicipality: user.affiliationMunicipalityId ? (byId.get(user.affiliationMunicipalityId) ?? null) : null,
      languages: user.languages,
      allowContact: user.allowContact,
      createdAt: user.createdAt.toISOString(),
      memberships: resolved,
      abilities: {
        administerUsers: can(actor, 'users:administer'),
        moderate: can(actor, 'moderate'),
        readFeedback: can(actor, 'feedback:read'),
        readMailbox: can(actor, 'mailbox:read'),
        inviteAnywhere: actor.role === 'admin',
        inviteFor: resolved.filter((m) => m.role === 'coordinator').map((m) => m.municipality),
      },
    };
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<Me> {
    const viewer = authorize(actor, 'account:manage');
    const affiliationMunicipalityId = input.affiliationMunicipalitySlug ? (await this.municipalities.getBySlug(input.affiliationMunicipalitySlug)).id : null;
    const repo = this.dataSource.getRepository(User);
    await repo.update(
      { id: viewer.id },
      {
        displayName: input.displayName,
        bio: input.bio ?? null,
        affiliationText: input.affiliationText ?? null,
        affiliationMunicipalityId,
        languages: input.languages ?? [],
        allowContact: input.allowContact,
        locale: input.locale,
      },
    );
    return (await this.me({ ...viewer, locale: input.locale, displayName: input.displayName }))!;
  }

  /**
   * Erases personal data. The row stays as an anonymous author ("deleted user") so discussions
   * keep their shape; with deleteContributions the person's public contributions go too (the
   * features that hold contributions honour the flag recorded in the audit event).
   */
  async deleteAccount(actor: Actor, password: string, deleteContributions: boolean): Promise<void> {
    const viewer = authorize(actor, 'account:manage');
    await this.checkCurrentPassword(viewer.id, password, 'password');
    await this.transaction(async (tx) => {
      await tx.query(
        `UPDATE app_user SET email = NULL, email_verified_at = NULL, password_hash = NULL, display_name = $2, bio = NULL,
                affiliation_text = NULL, affiliation_municipality_id = NULL, languages = '{}', allow_contact = false,
                deleted_at = now(), updated_at = now()
          WHERE id = $1`,
        [viewer.id, DELETED_NAME],
      );
      for (const table of ['user_session', 'user_token', 'municipality_membership', 'consent']) {
        await tx.query(`DELETE FROM ${table} WHERE user_id = $1`, [viewer.id]);
      }
      await tx.query(`DELETE FROM invitation WHERE email = $1 AND accepted_at IS NULL`, [viewer.email]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'account.deleted', subjectType: 'user', subjectId: viewer.id, details: { deleteContributions } });
    });
    this.logger.info({ userId: viewer.id }, 'account erased');
  }

  /** Everything stored about the person, as one JSON document (GDPR Art. 15 and 20). */
  async exportData(actor: Actor): Promise<Record<string, unknown>> {
    const viewer = authorize(actor, 'account:manage');
    const q = <T>(sql: string) => this.dataSource.query<T[]>(sql, [viewer.id]);
    const [profile] = await q<Record<string, unknown>>(
      `SELECT u.id, u.email, u.email_verified_at, u.display_name, u.role, u.locale, u.bio, u.affiliation_text,
              m.name AS affiliation_municipality, u.languages, u.allow_contact, u.created_at, u.updated_at
         FROM app_user u LEFT JOIN municipality m ON m.id = u.affiliation_municipality_id WHERE u.id = $1`,
    );
    return {
      exportedAt: new Date().toISOString(),
      profile,
      memberships: await q(`SELECT m.slug AS municipality, m.name, mm.role, mm.created_at FROM municipality_membership mm JOIN municipality m ON m.id = mm.municipality_id WHERE mm.user_id = $1`),
      sessions: await q(`SELECT id, user_agent, created_at, last_seen_at, expires_at FROM user_session WHERE user_id = $1 ORDER BY created_at`),
      consents: await q(`SELECT kind, version, given_at FROM consent WHERE user_id = $1 ORDER BY given_at`),
      invitationsSent: await q(
        `SELECT i.email, m.slug AS municipality, i.role, i.created_at, i.accepted_at, i.revoked_at FROM invitation i JOIN municipality m ON m.id = i.municipality_id WHERE i.invited_by = $1`,
      ),
      activity: await q(`SELECT action, subject_type, subject_id, details, created_at FROM audit_event WHERE actor_id = $1 ORDER BY created_at`),
      notificationSettings: (await q(`SELECT email_frequency, digest_sent_at FROM app_user WHERE id = $1`))[0],
      follows: await q(`SELECT subject_type, subject_id, level, created_at FROM follow WHERE user_id = $1 ORDER BY created_at`),
      notifications: await q(
        `SELECT type, subject_type, subject_id, count, created_at, updated_at, read_at, emailed_at FROM notification WHERE user_id = $1 ORDER BY created_at`,
      ),
    };
  }
}
