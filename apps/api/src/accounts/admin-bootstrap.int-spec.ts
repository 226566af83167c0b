import { buildUser } from '../../test/factories/user.factory.js';
import { uniqueTag } from '../../test/factories/municipality.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { loadConfig } from '../core/config/config.js';
import { createOrPromoteAdmin, ensureAdminFromEnv } from './admin-bootstrap.js';

describe('the first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is created without any password, and signs in after setting one from the link', async () => {
    const email = `${uniqueTag('chef')}@example.org`;
    const { link, created } = await createOrPromoteAdmin(t.dataSource, loadConfig({}), email, 'Erika Admin');
    expect(created).toBe(true);
    const [row] = await t.dataSource.query(`SELECT role, password_hash FROM app_user WHERE email = $1`, [email]);
    expect(row).toEqual({ role: 'admin', password_hash: null });

    const signInBefore = await t.gql(`mutation ($e: String!) { signIn(input: { email: $e, password: "irgendein Passwort" }) { id } }`, { e: email });
    expect(signInBefore.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');

    const token = new URL(link).searchParams.get('token')!;
    expect((await t.gql(`mutation ($t: String!) { resetPassword(input: { token: $t, password: "Das Passwort der Chefin" }) }`, { t: token })).errors).toBeUndefined();
    const browser = t.client();
    await browser.gql(`mutation ($e: String!) { signIn(input: { email: $e, password: "Das Passwort der Chefin" }) { id } }`, { e: email });
    expect((await browser.gql(`{ me { role abilities { administerUsers readMailbox } } }`)).data!.me).toEqual({
      role: 'ADMIN',
      abilities: { administerUsers: true, readMailbox: true },
    });
  });

  it('promotes an existing account instead of creating a second one', async () => {
    const user = await buildUser(t.dataSource);
    const { created } = await createOrPromoteAdmin(t.dataSource, loadConfig({}), user.email);
    expect(created).toBe(false);
    const [{ role }] = await t.dataSource.query(`SELECT role FROM app_user WHERE id = $1`, [user.id]);
    expect(role).toBe('admin');
  });

  it('is not created from ADMIN_EMAIL once the platform has an administrator', async () => {
    await buildUser(t.dataSource, { role: 'admin' });
    const email = `${uniqueTag()}@example.org`;
    expect(await ensureAdminFromEnv(t.dataSource, loadConfig({ ADMIN_EMAIL: email }))).toBeUndefined();
    expect(await t.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toEqual([]);
  });
});
