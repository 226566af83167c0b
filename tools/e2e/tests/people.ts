import { expect, request, type APIRequestContext } from '@playwright/test';
import { linkFrom, mailsTo, waitForMail } from './mailbox.js';

/**
 * People for the practice journeys, made through the real API as the steering group would: the
 * admin (ADMIN_EMAIL at start) takes a fresh password by reset link, then invites coordinators and
 * a moderator, who accept with a password. Independent of the order the test files run in.
 */
const ADMIN = 'admin-e2e@example.org';
const BASE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3201)}`;

export interface Person {
  email: string;
  password: string;
  displayName: string;
}

async function gql(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.post('/graphql', { data: { query, variables }, headers: { 'x-praxisforum-csrf': '1' } });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data!;
}

const tokenOf = (link: string) => decodeURIComponent(new URL(link, BASE).searchParams.get('token')!);

async function adminSession(password = `Steuerungsgruppe ${Date.now()}`): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE });
  const resetMails = async () => (await mailsTo(ADMIN)).filter((m) => m.subject === 'Neues Passwort für das Praxisforum');
  const before = (await resetMails()).length;
  await gql(api, `mutation ($input: EmailInput!) { requestPasswordReset(input: $input) }`, { input: { email: ADMIN } });
  await expect.poll(async () => (await resetMails()).length, { timeout: 15_000 }).toBeGreaterThan(before);
  const mail = (await resetMails()).at(-1)!;
  await gql(api, `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input: { token: tokenOf(linkFrom(mail, '/passwort-neu')), password } });
  await gql(api, `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email: ADMIN, password } });
  return api;
}

/** Invites a person to a municipality (coordinator or member), accepts for them, optionally makes them moderator; returns their id. */
async function invite(admin: APIRequestContext, person: Person, municipalitySlug: string, role: 'COORDINATOR' | 'MEMBER', moderator = false): Promise<string> {
  await gql(admin, `mutation ($input: InviteInput!) { inviteUser(input: $input) { id } }`, { input: { email: person.email, municipalitySlug, role } });
  const mail = await waitForMail(person.email);
  const api = await request.newContext({ baseURL: BASE });
  const accepted = await gql(api, `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
    input: { token: tokenOf(linkFrom(mail, '/einladung')), displayName: person.displayName, password: person.password },
  });
  await api.dispose();
  const id = (accepted.acceptInvitation as { id: string }).id;
  if (moderator) await gql(admin, `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, { id });
  return id;
}

export async function createPracticePeople() {
  const tag = Date.now();
  const person = (handle: string, displayName: string): Person => ({ email: `${handle}-${tag}@example.org`, password: `Gute Praxis teilen ${tag}`, displayName });
  const people = {
    coordinatorA: person('koordination-freiburg', 'Koordination Freiburg'),
    coordinatorB: person('koordination-giengen', 'Koordination Giengen'),
    moderator: person('prozessbegleitung', 'Prozessbegleitung'),
  };
  const admin = await adminSession();
  await invite(admin, people.coordinatorA, 'freiburg', 'COORDINATOR');
  await invite(admin, people.coordinatorB, 'giengen', 'COORDINATOR');
  await invite(admin, people.moderator, 'freiburg', 'MEMBER', true);
  await admin.dispose();
  return people;
}

export interface Member extends Person {
  id: string;
}

/**
 * People for the discussion journeys: two members of different municipalities who talk to each
 * other, a moderator, and the administrator (with the fresh password, to read the audit log in the
 * browser). Display names carry a per-run tag, so the @-autocomplete finds this run's people even
 * on a database that earlier runs have used.
 */
export async function createDiscussionPeople() {
  const tag = Date.now().toString(36);
  const member = (handle: string, displayName: string): Person => ({ email: `${handle}-${tag}@example.org`, password: `Im Sprachcafé ${tag}`, displayName });
  const asker = member('amira', `Amira Okafor ${tag}`);
  const answerer = member('jonas', `Jonas Brenner ${tag}`);
  const moderator = member('moderation', `Moderation Süd ${tag}`);
  const adminPassword = `Steuerungsgruppe ${tag}`;
  const admin = await adminSession(adminPassword);
  const me = (await gql(admin, `{ me { displayName } }`)).me as { displayName: string };
  const people: { asker: Member; answerer: Member; moderator: Member; admin: Person } = {
    asker: { ...asker, id: await invite(admin, asker, 'freiburg', 'MEMBER') },
    answerer: { ...answerer, id: await invite(admin, answerer, 'giengen', 'MEMBER') },
    moderator: { ...moderator, id: await invite(admin, moderator, 'freiburg', 'MEMBER', true) },
    admin: { email: ADMIN, password: adminPassword, displayName: me.displayName },
  };
  await admin.dispose();
  return people;
}
