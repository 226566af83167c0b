import { type DataSource } from 'typeorm';
import { type AppConfig } from '../core/config/config.js';
import { renderMail } from '../mail/templates.js';
import { issueUserToken } from './user-tokens.js';

const SETUP_HOURS = 24;

/**
 * Makes the person with this e-mail an administrator: creates the account (without a password)
 * or promotes the existing one, and issues a link to set the password. There is never a default
 * password. The link is mailed through the outbox and returned for the command line.
 */
export async function createOrPromoteAdmin(dataSource: DataSource, config: AppConfig, email: string, displayName = 'Administration'): Promise<{ link: string; created: boolean }> {
  return dataSource.transaction(async (tx) => {
    const existing = await tx.query<{ id: string; display_name: string; locale: 'de' | 'en' }[]>(
      `SELECT id, display_name, locale FROM app_user WHERE email = $1 AND deleted_at IS NULL`,
      [email],
    );
    let user = existing[0];
    if (user) {
      await tx.query(`UPDATE app_user SET role = 'admin', updated_at = now() WHERE id = $1`, [user.id]);
    } else {
      [user] = await tx.query<{ id: string; display_name: string; locale: 'de' | 'en' }[]>(
        `INSERT INTO app_user (email, display_name, role) VALUES ($1, $2, 'admin') RETURNING id, display_name, locale`,
        [email, displayName],
      );
    }
    const token = await issueUserToken(tx, user.id, 'reset_password', undefined, SETUP_HOURS);
    const link = `${config.publicUrl}/passwort-neu?token=${encodeURIComponent(token)}`;
    await tx.query(`INSERT INTO outbox (kind, payload) VALUES ('email', $1)`, [
      JSON.stringify(renderMail('admin_setup', user.locale, email, { name: user.display_name, link, hours: String(SETUP_HOURS) })),
    ]);
    await tx.query(`INSERT INTO audit_event (actor_id, action, subject_type, subject_id) VALUES (NULL, 'user.admin_created', 'user', $1)`, [user.id]);
    return { link, created: !existing[0] };
  });
}

/** ADMIN_EMAIL at start: only while the platform has no administrator at all. */
export async function ensureAdminFromEnv(dataSource: DataSource, config: AppConfig): Promise<{ link: string } | undefined> {
  if (!config.adminEmail) return undefined;
  const admins = await dataSource.query<unknown[]>(`SELECT 1 FROM app_user WHERE role = 'admin' AND deleted_at IS NULL LIMIT 1`);
  if (admins.length) return undefined;
  return createOrPromoteAdmin(dataSource, config, config.adminEmail);
}
