import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { PRACTICE_REVISION_DIFF_QUERY, PRACTICE_REVISIONS_QUERY } from '../graphql/revisions.graphql';
import type { PracticeRevision } from '../graphql/types';
import { TOPICS } from '../testing';
import RevisionHistoryPage from './RevisionHistoryPage';

function revision(number: number, overrides: Partial<PracticeRevision> = {}): PracticeRevision {
  return {
    __typename: 'PracticeRevision',
    id: `rev-${number}`,
    number,
    createdAt: `2026-03-0${number}T09:00:00.000Z`,
    authorName: 'Erika Muster',
    note: null,
    changedFields: [],
    ...overrides,
  };
}

const revisions = [
  revision(3, { note: 'Zahlen 2025 ergänzt', changedFields: ['summary', 'workStatus'] }),
  revision(2, { changedFields: ['topics'] }),
  revision(1, { changedFields: ['title', 'summary'] }),
];

function revisionsMock(list: PracticeRevision[]): MockLink.MockedResponse {
  return {
    request: { query: PRACTICE_REVISIONS_QUERY, variables: { slug: 'sprachcafe' } },
    result: {
      data: {
        practice: { __typename: 'Practice', id: 'p-1', slug: 'sprachcafe', title: 'Sprachcafé im Rathaus', state: 'PUBLISHED', revisions: list },
        topics: TOPICS,
      },
    },
  };
}

function diffMock(from: number, to: number, changes: { field: string; before: string; after: string }[]): MockLink.MockedResponse {
  return {
    request: { query: PRACTICE_REVISION_DIFF_QUERY, variables: { slug: 'sprachcafe', from, to } },
    result: {
      data: {
        practiceRevisionDiff: {
          __typename: 'RevisionDiff',
          from: { __typename: 'PracticeRevision', id: `rev-${from}`, number: from },
          to: { __typename: 'PracticeRevision', id: `rev-${to}`, number: to },
          changes: changes.map((c) => ({ __typename: 'RevisionChange', ...c })),
        },
      },
    },
  };
}

function renderHistory(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/praxisbeispiele/:slug/versionen" element={<RevisionHistoryPage />} />
    </Routes>,
    { route: '/praxisbeispiele/sprachcafe/versionen', mocks },
  );
}

describe('RevisionHistoryPage', () => {
  it('lists the versions with date, author, note and the changed fields in words', async () => {
    renderHistory([revisionsMock(revisions), diffMock(2, 3, [])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Versionen: Sprachcafé im Rathaus' })).toBeInTheDocument();
    const latest = screen.getByRole('heading', { level: 3, name: 'Version 3' }).closest('li')!;
    expect(latest).toHaveTextContent('3. März 2026 um 10:00 · Erika Muster');
    expect(latest).toHaveTextContent('Notiz: Zahlen 2025 ergänzt');
    expect(latest).toHaveTextContent('Geändert: Kurzbeschreibung, Stand der Umsetzung.');
    expect(screen.getByRole('heading', { level: 3, name: 'Version 1' }).closest('li')).toHaveTextContent('Erste veröffentlichte Fassung.');
  });

  it('compares the previous with the latest version word by word, marking removed and added words', async () => {
    renderHistory([
      revisionsMock(revisions),
      diffMock(2, 3, [
        { field: 'summary', before: 'Ehrenamtliche üben Deutsch.', after: 'Ehrenamtliche üben jeden Dienstag Deutsch.' },
        { field: 'workStatus', before: 'pilot', after: 'running' },
      ]),
    ]);

    expect(await screen.findByText('Von Version 2 zu Version 3 wurden 2 Angaben geändert.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Von Version' })).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Bis Version' })).toHaveValue('3');

    const summary = screen.getByRole('region', { name: 'Kurzbeschreibung' });
    const added = summary.querySelector('ins')!;
    expect(added).toHaveTextContent('hinzugefügt: jeden Dienstag');
    expect(within(added).getByText('hinzugefügt:')).toHaveClass('visually-hidden');
    expect(summary.querySelector('del')).toBeNull();

    // Codes become the words of the interface before they are compared.
    const status = screen.getByRole('region', { name: 'Stand der Umsetzung' });
    expect(status.querySelector('del')).toHaveTextContent('entfernt: Pilotphase');
    expect(status.querySelector('ins')).toHaveTextContent('hinzugefügt: Läuft');
  });

  it('compares two other versions on request', async () => {
    const user = userEvent.setup();
    renderHistory([
      revisionsMock(revisions),
      diffMock(2, 3, []),
      diffMock(1, 3, [{ field: 'title', before: 'Sprachcafe', after: 'Sprachcafé im Rathaus' }]),
    ]);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Von Version' }), '1');
    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));

    expect(await screen.findByText('Von Version 1 zu Version 3 wurde 1 Angabe geändert.')).toBeInTheDocument();
    const title = screen.getByRole('region', { name: 'Titel' });
    expect(title.querySelector('del')).toHaveTextContent('entfernt: Sprachcafe');
    expect(title.querySelector('ins')).toHaveTextContent('hinzugefügt: Sprachcafé im Rathaus');
  });

  it('says so when there is no published version yet', async () => {
    renderHistory([revisionsMock([])]);

    expect(await screen.findByText('Von diesem Praxisbeispiel gibt es noch keine veröffentlichte Version.')).toBeInTheDocument();
  });
});
