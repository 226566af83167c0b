import { type DataSource } from 'typeorm';
import { hashPassword } from '../../src/accounts/index.js';
import { SessionService } from '../../src/core/auth/session.service.js';
import { type MembershipRole, type UserRole } from '../../src/core/auth/viewer.js';
import { type TestApp } from '../test-app.js';
import { uniqueTag } from './municipality.factory.js';

export const TEST_PASSWORD = 'Gute-Nachbarschaft-2026';
// Cheap parameters for test accounts: verification reads them from the hash itself.
const cheapHash = hashPassword(TEST_PASSWORD, { memoryKib: 8192, timeCost: 1 });

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
}

export async function buildUser(
  dataSource: DataSource,
  options: { role?: UserRole; verified?: boolean; memberships?: { municipalityId: string; role: MembershipRole }[]; email?: string; displayName?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? `${uniqueTag('user')}@example.org`;
  const displayName = options.displayName ?? `Test ${email.split('@')[0]}`;
  const [user] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO app_user (email, email_verified_at, password_hash, display_name, role) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, options.verified === false ? null : new Date(), await cheapHash, displayName, options.role ?? 'member'],
  );
  for (const m of options.memberships ?? []) {
    await dataSource.query(`INSERT INTO municipality_membership (user_id, municipality_id, role) VALUES ($1, $2, $3)`, [user.id, m.municipalityId, m.role]);
  }
  return { id: user.id, email, displayName };
}

/** A GraphQL client with its own cookie jar, signed in as the user through a real session. */
export async function signedIn(t: TestApp, user: TestUser) {
  const { token } = await t.app.get(SessionService).create(t.dataSource.manager, user.id, 'jest');
  return t.client(`pf_session=${token}`);
}
