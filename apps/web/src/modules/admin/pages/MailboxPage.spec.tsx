import { screen, within } from '@testing-library/react';
import { buildAbilities, buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DEV_MAILBOX_ENABLED_QUERY, DEV_MAILBOX_QUERY } from '../graphql/mailbox.graphql';
import MailboxPage from './MailboxPage';

const admin = buildMe({ id: 'admin-1', displayName: 'Ada Admin', role: 'ADMIN', abilities: buildAbilities({ readMailbox: true }) });
const route = '/verwaltung/postfach';

function enabledMock(enabled: boolean) {
  return { request: { query: DEV_MAILBOX_ENABLED_QUERY }, result: { data: { devMailboxEnabled: enabled } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

const mails = [
  {
    __typename: 'DevMail',
    id: 'mail-2',
    to: 'max@example.org',
    subject: 'Einladung ins Praxisforum',
    text: 'Hallo,\nbitte folgen Sie diesem Link: http://localhost/einladung?token=abc',
    template: 'invitation',
    createdAt: '2026-11-25T10:15:00.000Z',
  },
  {
    __typename: 'DevMail',
    id: 'mail-1',
    to: 'erika@example.org',
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    text: 'Willkommen!',
    template: 'confirm-email',
    createdAt: '2026-11-24T08:00:00.000Z',
  },
];

describe('MailboxPage', () => {
  it('lists the mails the platform wrote, for an admin, with links shown as plain text', async () => {
    renderWithProviders(<MailboxPage />, {
      route,
      mocks: [meMock(admin), enabledMock(true), { request: { query: DEV_MAILBOX_QUERY, variables: { first: 50 } }, result: { data: { devMailbox: mails } } }],
    });

    expect(await screen.findByText('2 E-Mails')).toBeInTheDocument();
    expect(document.title).toBe('Postfach – Praxisforum');
    const invitation = screen.getByRole('heading', { level: 2, name: 'Einladung ins Praxisforum' }).closest('li')!;
    expect(within(invitation).getByText('max@example.org')).toBeInTheDocument();
    expect(within(invitation).getByText('25. November 2026 um 11:15')).toBeInTheDocument();
    expect(within(invitation).getByText(/bitte folgen Sie diesem Link: http:\/\/localhost\/einladung\?token=abc/)).toBeInTheDocument();
    expect(within(invitation).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Verwaltungsbereiche' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
  });

  it('says there is no mailbox when the instance sends mail through a server', async () => {
    renderWithProviders(<MailboxPage />, { route, mocks: [meMock(admin), enabledMock(false)] });

    expect(await screen.findByText(/ein Postfach gibt es deshalb nicht/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neu laden' })).not.toBeInTheDocument();
  });

  it('tells people without the right that they may not see the page', async () => {
    renderWithProviders(<MailboxPage />, { route, mocks: [meMock(buildMe())] });

    expect(await screen.findByText('Keine Berechtigung: Diese Seite ist nur für Personen mit den entsprechenden Rechten.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Verwaltungsbereiche' })).not.toBeInTheDocument();
  });
});
