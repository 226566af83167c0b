import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildUser, signedIn, TEST_PASSWORD } from '../../test/factories/user.factory.js';
import { uniqueTag } from '../../test/factories/municipality.factory.js';
import { MailCatcher, tokenFrom } from '../../test/mail-catcher.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const INVITE = `mutation ($input: InviteInput!) { inviteUser(input: $input) { id email role status municipality { slug } invitedByName } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email memberships { role municipality { slug } } abilities { inviteFor { slug } } } }`;
const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { email role status accountExists municipality { slug } } }`;

describe('invitations', () => {
  let t: TestApp;
  const mail = new MailCatcher();
  beforeAll(async () => {
    t = await startTestApp({ smtpUrl: await mail.start() });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  it('a coordinator invites a new person, who accepts from the mail, gets an account and is signed in', async () => {
    const weinheim = await buildMunicipality(t.dataSource, { name: `Weinheim ${uniqueTag()}` });
    const coordinator = await buildUser(t.dataSource, { memberships: [{ municipalityId: weinheim.id, role: 'coordinator' }] });
    const browser = await signedIn(t, coordinator);
    const email = `${uniqueTag('neu')}@example.org`;
    const invited = await browser.gql(INVITE, { input: { email, municipalitySlug: weinheim.slug, role: 'COORDINATOR' } });
    expect(invited.data!.inviteUser).toMatchObject({ email, role: 'COORDINATOR', status: 'PENDING', municipality: { slug: weinheim.slug }, invitedByName: coordinator.displayName });

    const message = await mail.waitFor(email);
    expect(message.subject).toContain(weinheim.name);
    const token = tokenFrom(message, '/einladung');
    expect((await t.gql(PREVIEW, { token })).data!.invitationPreview).toEqual({
      email,
      role: 'COORDINATOR',
      status: 'PENDING',
      accountExists: false,
      municipality: { slug: weinheim.slug },
    });

    const guest = t.client();
    const missing = await guest.gql(ACCEPT, { input: { token } });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { displayName: ['required'], password: ['required'] } });
    const accepted = await guest.gql(ACCEPT, { input: { token, displayName: 'Neue Koordination', password: 'Willkommen in Weinheim!' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation).toMatchObject({
      email,
      memberships: [{ role: 'COORDINATOR', municipality: { slug: weinheim.slug } }],
      abilities: { inviteFor: [{ slug: weinheim.slug }] },
    });
    expect(guest.cookie).toMatch(/pf_session=/);
    expect((await guest.gql(ACCEPT, { input: { token } })).errors![0].extensions!.code).toBe('TOKEN_USED');
  });

  it('upgrades an existing account only when signed in as it, and never downgrades a coordinator', async () => {
    const place = await buildMunicipality(t.dataSource);
    const admin = await buildUser(t.dataSource, { role: 'admin' });
    const member = await buildUser(t.dataSource, { memberships: [{ municipalityId: place.id, role: 'member' }] });
    const other = await buildUser(t.dataSource);
    const adminClient = await signedIn(t, admin);
    await adminClient.gql(INVITE, { input: { email: member.email.toUpperCase(), municipalitySlug: place.slug, role: 'COORDINATOR' } });
    const token = tokenFrom(await mail.waitFor(member.email), '/einladung');
    expect((await t.gql(PREVIEW, { token })).data!.invitationPreview.accountExists).toBe(true);

    expect((await t.client().gql(ACCEPT, { input: { token } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await (await signedIn(t, other)).gql(ACCEPT, { input: { token } })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const upgraded = await (await signedIn(t, member)).gql(ACCEPT, { input: { token } });
    expect(upgraded.data!.acceptInvitation.memberships).toEqual([{ role: 'COORDINATOR', municipality: { slug: place.slug } }]);

    await adminClient.gql(INVITE, { input: { email: member.email, municipalitySlug: place.slug, role: 'MEMBER' } });
    const second = tokenFrom(await mail.waitFor(member.email, (m) => !m.text.includes(token)), '/einladung');
    const kept = await (await signedIn(t, member)).gql(ACCEPT, { input: { token: second } });
    expect(kept.data!.acceptInvitation.memberships).toEqual([{ role: 'COORDINATOR', municipality: { slug: place.slug } }]);
  });

  it('refuses a coordinator of another municipality, a member and a guest', async () => {
    const weinheim = await buildMunicipality(t.dataSource);
    const pforzheim = await buildMunicipality(t.dataSource);
    const coordinatorOfWeinheim = await buildUser(t.dataSource, { memberships: [{ municipalityId: weinheim.id, role: 'coordinator' }] });
    const memberOfPforzheim = await buildUser(t.dataSource, { memberships: [{ municipalityId: pforzheim.id, role: 'member' }] });
    const input = { email: `${uniqueTag()}@example.org`, municipalitySlug: pforzheim.slug, role: 'MEMBER' };
    expect((await (await signedIn(t, coordinatorOfWeinheim)).gql(INVITE, { input })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await (await signedIn(t, memberOfPforzheim)).gql(INVITE, { input })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(INVITE, { input })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const list = await (await signedIn(t, coordinatorOfWeinheim)).gql(`query ($s: String!) { invitations(municipalitySlug: $s) { id } }`, { s: pforzheim.slug });
    expect(list.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lets a revoked or expired invitation be refused with a clear code', async () => {
    const place = await buildMunicipality(t.dataSource);
    const coordinator = await buildUser(t.dataSource, { memberships: [{ municipalityId: place.id, role: 'coordinator' }] });
    const browser = await signedIn(t, coordinator);
    const email = `${uniqueTag()}@example.org`;
    const { id } = (await browser.gql(INVITE, { input: { email, municipalitySlug: place.slug, role: 'MEMBER' } })).data!.inviteUser;
    const token = tokenFrom(await mail.waitFor(email), '/einladung');
    const revoked = await browser.gql(`mutation ($id: ID!) { revokeInvitation(id: $id) { status } }`, { id });
    expect(revoked.data!.revokeInvitation.status).toBe('REVOKED');
    const input = { token, displayName: 'Zu spät', password: TEST_PASSWORD };
    expect((await t.client().gql(ACCEPT, { input })).errors![0].extensions!.code).toBe('TOKEN_INVALID');

    await browser.gql(INVITE, { input: { email, municipalitySlug: place.slug, role: 'MEMBER' } });
    const fresh = tokenFrom(await mail.waitFor(email, (m) => !m.text.includes(token)), '/einladung');
    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = $1 AND revoked_at IS NULL`, [email]);
    expect((await t.client().gql(ACCEPT, { input: { ...input, token: fresh } })).errors![0].extensions!.code).toBe('TOKEN_EXPIRED');
    const listed = await browser.gql(`query ($s: String!) { invitations(municipalitySlug: $s) { status } }`, { s: place.slug });
    expect(listed.data!.invitations.map((i: { status: string }) => i.status)).toEqual(['EXPIRED', 'REVOKED']);
  });
});
