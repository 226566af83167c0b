import { buildUser, signedIn, TEST_PASSWORD } from '../../test/factories/user.factory.js';
import { uniqueTag } from '../../test/factories/municipality.factory.js';
import { MailCatcher, tokenFrom } from '../../test/mail-catcher.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) }`;
const CONFIRM = `mutation ($token: String!) { confirmEmail(input: { token: $token }) }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id email displayName emailVerified } }`;
const ME = `{ me { id email displayName role emailVerified locale languages allowContact abilities { administerUsers inviteAnywhere } } }`;
const PASSWORD = 'Sprachcafé am Dienstag 2026';

describe('accounts', () => {
  let t: TestApp;
  const mail = new MailCatcher();
  beforeAll(async () => {
    const smtpUrl = await mail.start();
    t = await startTestApp({ smtpUrl });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  const register = (email: string, overrides: Record<string, unknown> = {}) =>
    t.gql(REGISTER, { input: { email, displayName: 'Amina Yilmaz', password: PASSWORD, locale: 'DE', acceptPrivacyNotice: true, ...overrides } });

  it('signs up, confirms the address from the real mail, signs in and sees itself', async () => {
    const email = `${uniqueTag('amina')}@example.org`;
    expect((await register(email)).data).toEqual({ register: true });

    const browser = t.client();
    const early = await browser.gql(SIGN_IN, { email, password: PASSWORD });
    expect(early.errors![0].extensions!.code).toBe('EMAIL_NOT_VERIFIED');

    const message = await mail.waitFor(email, (m) => m.subject.includes('bestätigen'));
    expect(message.text).toContain('Hallo Amina Yilmaz');
    const confirmed = await t.gql(CONFIRM, { token: tokenFrom(message, '/bestaetigen') });
    expect(confirmed.errors).toBeUndefined();

    const signedInResult = await browser.gql(SIGN_IN, { email: email.toUpperCase(), password: PASSWORD });
    expect(signedInResult.errors).toBeUndefined();
    expect(browser.cookie).toMatch(/^pf_session=/);
    const me = await browser.gql(ME);
    expect(me.data!.me).toMatchObject({ email, displayName: 'Amina Yilmaz', role: 'MEMBER', emailVerified: true, locale: 'DE' });
    expect(me.data!.me.abilities).toEqual({ administerUsers: false, inviteAnywhere: false });
  });

  it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
    const user = await buildUser(t.dataSource);
    const response = await t.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-praxisforum-csrf': '1' },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: user.email, password: TEST_PASSWORD } }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pf_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/); // localhost has no TLS
  });

  it('answers a sign-up with a taken address exactly like a new one, and tells the owner by mail', async () => {
    const owner = await buildUser(t.dataSource);
    const result = await register(owner.email);
    expect(result).toEqual({ data: { register: true } });
    const notice = await mail.waitFor(owner.email);
    expect(notice.subject).toBe('Registrierung mit Ihrer E-Mail-Adresse');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [owner.email]);
    expect(n).toBe(1);
  });

  it('refuses short and common passwords and sign-ups without the privacy notice', async () => {
    const short = await register(`${uniqueTag()}@example.org`, { password: 'kurz123' });
    expect(short.errors![0]).toMatchObject({ extensions: { code: 'WEAK_PASSWORD', fields: { password: ['too_short'] } } });
    const common = await register(`${uniqueTag()}@example.org`, { password: 'Password1234' });
    expect(common.errors![0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', fields: { password: ['common'] } });
    const noConsent = await register(`${uniqueTag()}@example.org`, { acceptPrivacyNotice: false });
    expect(noConsent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { acceptPrivacyNotice: ['required'] } });
    const badEmail = await register('not-an-address');
    expect(badEmail.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const user = await buildUser(t.dataSource);
    const unknown = await t.gql(SIGN_IN, { email: `${uniqueTag()}@example.org`, password: PASSWORD });
    const wrong = await t.gql(SIGN_IN, { email: user.email, password: 'falsches Passwort 123' });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(unknown.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
  });

  it('limits sign-in attempts per account and says when to try again', async () => {
    const user = await buildUser(t.dataSource);
    for (let i = 0; i < 10; i++) await t.gql(SIGN_IN, { email: user.email, password: `wrong password ${i}!` });
    const limited = await t.gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors![0].message).toMatch(/try again in \d+ minutes?/);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('resets a forgotten password once, within the hour, and ends all sessions', async () => {
    const user = await buildUser(t.dataSource);
    const other = await signedIn(t, user);
    expect((await t.gql(`mutation { requestPasswordReset(input: { email: "${user.email}" }) }`)).data).toEqual({ requestPasswordReset: true });
    const unknown = await t.gql(`mutation { requestPasswordReset(input: { email: "${uniqueTag()}@example.org" }) }`);
    expect(unknown.data).toEqual({ requestPasswordReset: true });

    const token = tokenFrom(await mail.waitFor(user.email, (m) => m.subject.includes('Passwort')), '/passwort-neu');
    const reset = `mutation ($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;
    expect((await t.gql(reset, { token, password: 'Ein ganz neues Passwort' })).data).toEqual({ resetPassword: true });
    const again = await t.gql(reset, { token, password: 'Noch ein neues Passwort' });
    expect(again.errors![0].extensions!.code).toBe('TOKEN_USED');
    expect((await other.gql(ME)).data!.me).toBeNull();
    expect((await t.client().gql(SIGN_IN, { email: user.email, password: 'Ein ganz neues Passwort' })).errors).toBeUndefined();

    await t.gql(`mutation { requestPasswordReset(input: { email: "${user.email}" }) }`);
    const second = await mail.waitFor(user.email, (m) => m.subject.includes('Passwort') && !m.text.includes(token));
    const late = tokenFrom(second, '/passwort-neu');
    await t.dataSource.query(`UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    expect((await t.gql(reset, { token: late, password: 'Zu spät gesetztes Passwort' })).errors![0].extensions!.code).toBe('TOKEN_EXPIRED');
    expect((await t.gql(reset, { token: 'made-up-token', password: 'Zu spät gesetztes Passwort' })).errors![0].extensions!.code).toBe('TOKEN_INVALID');
  });

  it('changes the password only with the old one and keeps just the current session', async () => {
    const user = await buildUser(t.dataSource);
    const here = await signedIn(t, user);
    const elsewhere = await signedIn(t, user);
    const change = `mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) }`;
    const wrong = await here.gql(change, { current: 'not my password', next: 'Neues Passwort für mich' });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'INVALID_CREDENTIALS', fields: { currentPassword: ['wrong'] } });
    expect((await here.gql(change, { current: TEST_PASSWORD, next: 'Neues Passwort für mich' })).data).toEqual({ changePassword: true });
    const after = await here.gql(ME);
    expect(after.errors).toBeUndefined();
    expect(after.data!.me.id).toBe(user.id);
    expect((await elsewhere.gql(ME)).data!.me).toBeNull();
  });

  it('changes the e-mail address only after the new one is confirmed, and tells the old one', async () => {
    const user = await buildUser(t.dataSource);
    const browser = await signedIn(t, user);
    const newEmail = `${uniqueTag('neu')}@example.org`;
    const request = await browser.gql(`mutation ($e: String!, $p: String!) { requestEmailChange(input: { newEmail: $e, password: $p }) }`, {
      e: newEmail,
      p: TEST_PASSWORD,
    });
    expect(request.errors).toBeUndefined();
    expect((await browser.gql(ME)).data!.me.email).toBe(user.email);
    const token = tokenFrom(await mail.waitFor(newEmail), '/bestaetigen');
    expect((await t.gql(CONFIRM, { token })).errors).toBeUndefined();
    expect((await browser.gql(ME)).data!.me.email).toBe(newEmail);
    expect((await mail.waitFor(user.email, (m) => m.subject.includes('geändert'))).text).toContain(newEmail);
  });

  it('updates the profile with an affiliation municipality and refuses an unknown one', async () => {
    const user = await buildUser(t.dataSource);
    const browser = await signedIn(t, user);
    const [m] = await t.dataSource.query(`INSERT INTO municipality (slug, name, kind, region) VALUES ($1, 'Profilstadt', 'town', 'karlsruhe') RETURNING slug`, [uniqueTag('ort')]);
    const update = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName bio languages allowContact locale affiliationMunicipality { slug } } }`;
    const input = { displayName: 'Yusuf K.', bio: 'Ehrenamtlich im Sprachcafé.', languages: ['Deutsch', 'Türkisch'], allowContact: true, locale: 'EN', affiliationMunicipalitySlug: m.slug };
    const result = await browser.gql(update, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateProfile).toEqual({
      displayName: 'Yusuf K.',
      bio: 'Ehrenamtlich im Sprachcafé.',
      languages: ['Deutsch', 'Türkisch'],
      allowContact: true,
      locale: 'EN',
      affiliationMunicipality: { slug: m.slug },
    });
    const unknown = await browser.gql(update, { input: { ...input, affiliationMunicipalitySlug: 'atlantis' } });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('lists my sessions, revokes one and signs out everywhere', async () => {
    const user = await buildUser(t.dataSource);
    const here = await signedIn(t, user);
    const there = await signedIn(t, user);
    const sessions = (await here.gql(`{ mySessions { id current userAgent } }`)).data!.mySessions as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => !s.current)!;
    expect((await here.gql(`mutation ($id: ID!) { revokeSession(id: $id) }`, { id: other.id })).data).toEqual({ revokeSession: true });
    expect((await there.gql(ME)).data!.me).toBeNull();
    expect((await here.gql(`mutation { signOutEverywhere }`)).data).toEqual({ signOutEverywhere: true });
    expect(here.cookie).toBe('');
    const stillOld = t.client(`pf_session=${'x'.repeat(43)}`);
    expect((await stillOld.gql(ME)).data!.me).toBeNull();
  });

  it('knows each of many concurrent requests as its own person, and a revoked session at once', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => buildUser(t.dataSource)));
    const clients = await Promise.all(users.map((user) => signedIn(t, user)));
    const revoked = await signedIn(t, users[0]);
    const anonymous = t.client(`pf_session=${'y'.repeat(43)}`);
    const ids = (clients: ReturnType<TestApp['client']>[]) => Promise.all(clients.map(async (c) => (await c.gql(`{ me { id } }`)).data!.me?.id ?? null));
    // Session lookups of concurrent requests share statements: each still gets its own viewer.
    expect(await ids([...clients, ...clients, anonymous])).toEqual([...users.map((u) => u.id), ...users.map((u) => u.id), null]);
    const [{ id: revokedId }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM user_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [users[0].id]);
    const lookups = Array.from({ length: 4 }, () => ids([revoked, ...clients]));
    expect((await clients[0].gql(`mutation ($id: ID!) { revokeSession(id: $id) }`, { id: revokedId })).data).toEqual({ revokeSession: true });
    await Promise.all(lookups);
    expect(await ids([revoked, clients[0]])).toEqual([null, users[0].id]);
  });

  it('ends a session after 7 idle days and after 30 days in any case', async () => {
    const user = await buildUser(t.dataSource);
    const idle = await signedIn(t, user);
    const old = await signedIn(t, user);
    const [a, b] = (await idle.gql(`{ mySessions { id current } }`)).data!.mySessions as { id: string; current: boolean }[];
    const idleId = a.current ? a.id : b.id;
    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '8 days' WHERE id = $1`, [idleId]);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND id <> $2`, [user.id, idleId]);
    expect((await idle.gql(ME)).data!.me).toBeNull();
    expect((await old.gql(ME)).data!.me).toBeNull();
  });

  it('exports all my data as a JSON download, and only for me', async () => {
    const user = await buildUser(t.dataSource);
    const browser = await signedIn(t, user);
    const response = await browser.fetch('/api/account/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="praxisforum-meine-daten-\d{4}-\d{2}-\d{2}\.json"/);
    const data = (await response.json()) as Record<string, any>;
    expect(data.profile).toMatchObject({ id: user.id, email: user.email });
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['memberships', 'consents', 'invitationsSent', 'activity']));
    expect((await t.client().fetch('/api/account/export')).status).toBe(401);
  });

  it('erases the account: personal data gone, row kept as a deleted user, sessions ended', async () => {
    const user = await buildUser(t.dataSource);
    const browser = await signedIn(t, user);
    const del = `mutation ($p: String!) { deleteMyAccount(input: { password: $p, deleteContributions: false }) }`;
    expect((await browser.gql(del, { p: 'wrong password!' })).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect((await browser.gql(del, { p: TEST_PASSWORD })).data).toEqual({ deleteMyAccount: true });
    const [row] = await t.dataSource.query(`SELECT email, password_hash, display_name, deleted_at FROM app_user WHERE id = $1`, [user.id]);
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: '[deleted]' });
    expect(row.deleted_at).not.toBeNull();
    expect((await browser.gql(ME)).data!.me).toBeNull();
    expect((await t.client().gql(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses mutations without the CSRF header', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('CSRF_HEADER_MISSING');
  });
});
