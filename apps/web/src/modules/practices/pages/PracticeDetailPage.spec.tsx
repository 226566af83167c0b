import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DELETE_ADOPTION_MUTATION } from '../graphql/adoptions.graphql';
import { ARCHIVE_PRACTICE_MUTATION, FOLLOW_PRACTICE_MUTATION, PRACTICE_DETAIL_QUERY, UNFOLLOW_PRACTICE_MUTATION } from '../graphql/practices.graphql';
import { abilities, buildAdoption, buildPractice, giengen, outcome, practiceMock } from '../test/fixtures';
import PracticeDetailPage from './PracticeDetailPage';
import { THREAD_LIST_QUERY } from '../../discussions/graphql/discussions.graphql';
import { buildListItem } from '../../discussions/test/fixtures';

const member = buildMe();

function renderAt(slug: string, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/praxisbeispiele/:slug" element={<PracticeDetailPage />} />
    </Routes>,
    // The discussion section asks for the practice's threads; none unless a test says otherwise.
    { route: `/praxisbeispiele/${slug}`, mocks: [...mocks, noThreads] },
  );
}

const noThreads: MockLink.MockedResponse = {
  request: { query: THREAD_LIST_QUERY, variables: { space: { type: 'PRACTICE', id: 'practice-1' }, first: 20 } },
  result: {
    data: { threads: { __typename: 'ThreadConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A practice with everything filled in, as the demo seed has them. */
const full = buildPractice({
  isExample: true,
  partnerMunicipalities: [{ __typename: 'Municipality', id: 'id-weinheim', slug: 'weinheim', name: 'Weinheim' }],
  successFactors: { __typename: 'MarkdownText', html: '<ul><li>Feste Ansprechperson</li></ul>' },
  outcomes: [
    outcome(),
    outcome({ label: 'Sprachtandems', value: 86, unit: 'Personen', asOf: '2024-12-31', source: null }),
    outcome({ label: 'Zufriedenheit', value: 12.5, unit: '%', asOf: '2025-06-30', source: 'Befragung' }),
  ],
  costOneOffEur: 12000,
  costYearlyEur: 4500,
  fundingSources: ['Pakt für Integration'],
  staffHoursPerMonth: 20,
  partners: [
    { __typename: 'Partner', kind: 'CIVIL_SOCIETY', name: 'Freiwilligenagentur' },
    { __typename: 'Partner', kind: 'ADMINISTRATION', name: 'Amt für Migration' },
    { __typename: 'Partner', kind: 'CIVIL_SOCIETY', name: 'Bürgerverein' },
  ],
  transferableKinds: ['TOWN', 'MUNICIPALITY'],
  transferableSizes: ['MEDIUM'],
  contact: { __typename: 'PracticeContact', name: 'Erika Muster', email: 'erika@example.org', isMember: true },
  attachments: [
    { __typename: 'Attachment', id: 'att-1', fileName: 'Flyer.pdf', mimeType: 'application/pdf', sizeBytes: 1_234_567, url: '/api/attachments/att-1', altText: null },
    { __typename: 'Attachment', id: 'att-2', fileName: 'Treffen.jpg', mimeType: 'image/jpeg', sizeBytes: 48_000, url: '/api/attachments/att-2', altText: 'Menschen am Tisch im Gespräch' },
  ],
  adoptionCount: 1,
  adoptions: [buildAdoption({ outcomes: [outcome({ label: 'Teilnehmende in Giengen', value: 40 })] })],
  revisions: [{ __typename: 'PracticeRevision', id: 'r1' }, { __typename: 'PracticeRevision', id: 'r2' }],
});

describe('PracticeDetailPage', () => {
  it('shows the practice with its sections, notice for example content and a way back', async () => {
    renderAt(full.slug, [practiceMock(full), meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: full.title })).toBeInTheDocument();
    expect(document.title).toBe(`${full.title} – Praxisforum`);
    expect(screen.getByText(/Beispielinhalt zur Vorführung der Plattform/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Liste der Praxisbeispiele' })).toHaveAttribute('href', '/praxisbeispiele');

    for (const heading of ['Ausgangslage und Problem', 'Vorgehen', 'Ergebnisse', 'Kennzahlen', 'Erfolgsfaktoren', 'Übertragbarkeit']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    // Empty sections are left out; Markdown headings sit below the section headings.
    expect(screen.queryByRole('heading', { name: 'Stolpersteine' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Schritte' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Erfolgsfaktoren' })).toHaveTextContent('Feste Ansprechperson');

    expect(screen.getByText('Kommune').nextElementSibling).toHaveTextContent('Freiburg im Breisgau');
    expect(screen.getByRole('link', { name: 'Freiburg im Breisgau' })).toHaveAttribute('href', '/kommunen/freiburg');
    expect(screen.getByRole('link', { name: 'Weinheim' })).toHaveAttribute('href', '/kommunen/weinheim');
    expect(screen.getByText('Handlungsfelder').nextElementSibling).toHaveTextContent('Sprache, Engagement');
    expect(screen.getByText('Zeitraum').nextElementSibling).toHaveTextContent('seit 1. Februar 2019');
    expect(screen.getByText('Stand der Arbeit').nextElementSibling).toHaveTextContent('Läuft');
  });

  it('shows the figures as a table with formatted numbers and dates, and draws bars only for a shared unit', async () => {
    renderAt(full.slug, [practiceMock(full), meMock(null)]);

    const table = await screen.findByRole('table', { name: 'Kennzahlen mit Stand und Quelle' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Kennzahl', 'Wert', 'Einheit', 'Stand', 'Quelle']);
    const first = within(table).getByRole('row', { name: /Teilnehmende/ });
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Teilnehmende');
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1.250', 'Personen', '31. Dezember 2024', 'Anmeldelisten']);
    expect(within(within(table).getByRole('row', { name: /Zufriedenheit/ })).getByText('12,5')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Sprachtandems/ })).getByText('–')).toBeInTheDocument();

    // One chart (the two figures in "Personen"); "%" stands alone. Charts are hidden from AT.
    const charts = screen.getAllByTestId('outcome-chart');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toHaveAttribute('aria-hidden', 'true');
    expect(charts[0]).toHaveTextContent('Kennzahlen in „Personen“');
  });

  it('shows effort, partners by kind, contact, attachments and transferability', async () => {
    renderAt(full.slug, [practiceMock(full), meMock(null)]);

    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Kosten einmalig').nextElementSibling).toHaveTextContent('12.000 €');
    expect(screen.getByText('Kosten jährlich').nextElementSibling).toHaveTextContent('4.500 €');
    expect(screen.getByText('Personalaufwand').nextElementSibling).toHaveTextContent('20 Stunden pro Monat');
    expect(screen.getByText('Pakt für Integration')).toBeInTheDocument();

    const partners = screen.getByRole('region', { name: 'Beteiligte Partner' });
    expect(within(partners).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Verwaltung', 'Zivilgesellschaft']);
    expect(within(partners).getByText('Bürgerverein')).toBeInTheDocument();

    const contact = screen.getByRole('region', { name: 'Ansprechperson' });
    expect(contact).toHaveTextContent('Erika Muster');
    expect(contact).toHaveTextContent('Mitglied der Plattform');
    expect(within(contact).getByRole('link', { name: 'erika@example.org' })).toHaveAttribute('href', 'mailto:erika@example.org');

    const attachments = screen.getByRole('region', { name: 'Anhänge' });
    expect(within(attachments).getByRole('link', { name: 'Flyer.pdf' })).toHaveAttribute('href', '/api/attachments/att-1');
    expect(attachments).toHaveTextContent('(PDF, 1,2 MB)');
    expect(attachments).toHaveTextContent('(JPG, 48 kB)');
    expect(within(attachments).getByRole('img', { name: 'Menschen am Tisch im Gespräch' })).toHaveAttribute('src', '/api/attachments/att-2');

    const transfer = screen.getByRole('region', { name: 'Übertragbarkeit' });
    expect(transfer).toHaveTextContent('Stadt, Gemeinde');
    expect(transfer).toHaveTextContent('Mittel (5.000–20.000 Einwohner)');
  });

  it('lists the adoptions with kind, date, changes and figures', async () => {
    renderAt(full.slug, [practiceMock(full), meMock(null)]);

    const adoptions = await screen.findByRole('region', { name: 'Übernahmen durch andere Kommunen' });
    expect(within(adoptions).getByRole('heading', { level: 3, name: 'Giengen an der Brenz' })).toBeInTheDocument();
    expect(within(adoptions).getByRole('link', { name: 'Giengen an der Brenz' })).toHaveAttribute('href', '/kommunen/giengen');
    expect(adoptions).toHaveTextContent('Angepasst übernommen · eingetragen für den 1. März 2025');
    expect(within(adoptions).getByRole('region', { name: 'Was verändert wurde' })).toHaveTextContent('Treffen in der Stadtbibliothek.');
    expect(within(adoptions).getByRole('table', { name: 'Kennzahlen von Giengen an der Brenz' })).toHaveTextContent('40');
    // Guests may not change adoptions.
    expect(within(adoptions).queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers print, JSON and the published versions to everyone, and guests a sign-in to follow', async () => {
    renderAt(full.slug, [practiceMock(full), meMock(null)]);

    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: 'Drucken / PDF' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk/drucken');
    expect(screen.getByRole('link', { name: 'Als JSON herunterladen' })).toHaveAttribute('href', '/api/practices/sprachcafe-netzwerk.json');
    expect(screen.getByRole('link', { name: '2 veröffentlichte Versionen ansehen' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk/versionen');
    expect(await screen.findByRole('link', { name: 'Anmelden, um diesem Praxisbeispiel zu folgen' })).toHaveAttribute(
      'href',
      '/anmelden?next=%2Fpraxisbeispiele%2Fsprachcafe-netzwerk',
    );
    expect(screen.queryByRole('button', { name: /Folgen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archivieren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Übernahme eintragen' })).not.toBeInTheDocument();
  });

  it('shows the edit link only with the right to edit', async () => {
    const editable = buildPractice({ viewerCan: abilities({ edit: true, follow: true }) });
    renderAt(editable.slug, [practiceMock(editable), meMock(member)]);

    expect(await screen.findByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk/bearbeiten');
  });

  it('toggles following: aria-pressed follows the answer of the API', async () => {
    const user = userEvent.setup();
    const practice = buildPractice({ viewerCan: abilities({ follow: true }) });
    renderAt(practice.slug, [
      practiceMock(practice),
      meMock(member),
      {
        request: { query: FOLLOW_PRACTICE_MUTATION, variables: { id: practice.id } },
        result: { data: { followPractice: { __typename: 'Practice', id: practice.id, viewerFollows: true } } },
      },
      {
        request: { query: UNFOLLOW_PRACTICE_MUTATION, variables: { id: practice.id } },
        result: { data: { unfollowPractice: { __typename: 'Practice', id: practice.id, viewerFollows: false } } },
      },
    ]);

    const button = await screen.findByRole('button', { name: 'Folgen' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(await screen.findByText('Sie folgen diesem Praxisbeispiel und werden über Änderungen benachrichtigt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Folgen' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Folgen' }));
    expect(await screen.findByText('Sie folgen diesem Praxisbeispiel nicht mehr.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Folgen' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('archives only after confirmation and then shows the new state', async () => {
    const user = userEvent.setup();
    const practice = buildPractice({ viewerCan: abilities({ archive: true, edit: true, follow: true }) });
    renderAt(practice.slug, [
      practiceMock(practice),
      meMock(member),
      {
        request: { query: ARCHIVE_PRACTICE_MUTATION, variables: { id: practice.id } },
        result: {
          data: {
            archivePractice: { __typename: 'Practice', id: practice.id, state: 'ARCHIVED', viewerFollows: false, viewerCan: abilities() },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Archivieren' }));
    const confirmation = screen.getByRole('group', { name: 'Praxisbeispiel wirklich archivieren?' });
    expect(within(confirmation).getByRole('heading')).toHaveFocus();

    await user.click(within(confirmation).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('group', { name: 'Praxisbeispiel wirklich archivieren?' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Archivieren' }));
    await user.click(screen.getByRole('button', { name: 'Ja, archivieren' }));

    expect(await screen.findByText('Das Praxisbeispiel ist archiviert.')).toBeInTheDocument();
    expect(screen.getByText('Status: Archiviert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archivieren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
  });

  it('says when a practice is not published', async () => {
    const draft = buildPractice({ state: 'DRAFT' });
    renderAt(draft.slug, [practiceMock(draft), meMock(member)]);

    expect(await screen.findByText('Status: Entwurf')).toBeInTheDocument();
    expect(screen.getByText('Dieses Praxisbeispiel ist nicht öffentlich sichtbar.')).toBeInTheDocument();
  });

  it('shows a not-found page when the API answers NOT_FOUND', async () => {
    renderAt('gibt-es-nicht', [
      {
        request: { query: PRACTICE_DETAIL_QUERY, variables: { slug: 'gibt-es-nicht' } },
        result: { errors: [new GraphQLError('Practice not found', { extensions: { code: 'NOT_FOUND' } })] },
      },
      meMock(null),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Praxisbeispiel nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Liste der Praxisbeispiele' })).toHaveAttribute('href', '/praxisbeispiele');
  });

  it('lets coordinators of the adopting municipality edit and remove its adoption, with confirmation', async () => {
    const user = userEvent.setup();
    const coordinator = buildMe({ memberships: [{ __typename: 'Membership', role: 'COORDINATOR', municipality: giengen }] });
    const adopted = buildPractice({ adoptionCount: 1, adoptions: [buildAdoption({ viewerCanEdit: true })] });
    renderAt(adopted.slug, [
      practiceMock(adopted),
      meMock(coordinator),
      { request: { query: DELETE_ADOPTION_MUTATION, variables: { id: 'adoption-1' } }, result: { data: { deleteAdoption: true } } },
      practiceMock(buildPractice({ adoptionCount: 0, adoptions: [] })),
    ]);

        const remove = await screen.findByRole('button', { name: 'Entfernen (Übernahme von Giengen an der Brenz)' });
    expect(screen.getByRole('button', { name: 'Bearbeiten (Übernahme von Giengen an der Brenz)' })).toBeInTheDocument();
    await user.click(remove);
    await user.click(screen.getByRole('button', { name: 'Ja, entfernen' }));

    expect(await screen.findByText('Die Übernahme von Giengen an der Brenz ist entfernt.')).toBeInTheDocument();
    expect(await screen.findByText('Bisher hat keine andere Kommune dieses Praxisbeispiel als übernommen eingetragen.')).toBeInTheDocument();
  });

  describe('discussion', () => {
    const threadsMock = (practiceId: string): MockLink.MockedResponse => ({
      request: { query: THREAD_LIST_QUERY, variables: { space: { type: 'PRACTICE', id: practiceId }, first: 20 } },
      result: {
        data: {
          threads: {
            __typename: 'ThreadConnection',
            totalCount: 1,
            edges: [{ __typename: 'ThreadEdge', cursor: 'c1', node: buildListItem({ id: 't1', title: 'Wie viele Ehrenamtliche braucht es?', unreadCount: 2 }) }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          },
        },
      },
    });

    it('shows the practice’s threads and a way to ask a question', async () => {
      const practice = buildPractice({ contact: { __typename: 'PracticeContact', name: 'Erika Muster', email: null, isMember: true } });
      renderAt(practice.slug, [practiceMock(practice), meMock(member), threadsMock(practice.id)]);

      const section = await screen.findByRole('region', { name: 'Diskussion' });
      expect(await within(section).findByRole('link', { name: 'Wie viele Ehrenamtliche braucht es?' })).toHaveAttribute('href', '/diskussionen/t1');
      expect(within(section).getByText('2 neu')).toBeInTheDocument();
      expect(within(section).getByRole('link', { name: 'Frage stellen' })).toHaveAttribute(
        'href',
        `/diskussionen/neu?space=${encodeURIComponent(`practice:${practice.id}`)}`,
      );
      // The registered contact person can be written to from the contact box.
      const contact = screen.getByRole('region', { name: 'Ansprechperson' });
      expect(within(contact).getByRole('link', { name: 'Nachricht senden' })).toHaveAttribute('href', `/nachrichten/neu?praxis=${practice.id}`);
    });

    it('asks guests to sign in before asking', async () => {
      const practice = buildPractice();
      renderAt(practice.slug, [practiceMock(practice), meMock(null), threadsMock(practice.id)]);

      const section = await screen.findByRole('region', { name: 'Diskussion' });
      expect(await within(section).findByRole('link', { name: 'Melden Sie sich an, um eine Frage zu stellen' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Nachricht senden' })).not.toBeInTheDocument();
    });
  });
});
