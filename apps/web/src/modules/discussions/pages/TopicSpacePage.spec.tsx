import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import type { WatchLevel } from '../../../graphql/generated';
import { buildMe, meMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { FOLLOW_LEVEL_MUTATION, UNFOLLOW_SUBJECT_MUTATION } from '../../notifications/graphql/notifications.graphql';
import { THREAD_LIST_QUERY, TOPIC_SPACE_QUERY } from '../graphql/discussions.graphql';
import TopicSpacePage from './TopicSpacePage';

const topics = (level: WatchLevel | null) => [
  { __typename: 'Topic', id: 'topic-sprache', slug: 'sprache', nameDe: 'Sprache', nameEn: 'Language learning', viewerFollowLevel: level },
  { __typename: 'Topic', id: 'topic-arbeit', slug: 'arbeit', nameDe: 'Arbeit', nameEn: 'Work', viewerFollowLevel: null },
];

const noThreads: MockLink.MockedResponse = {
  request: { query: THREAD_LIST_QUERY, variables: { space: { type: 'TOPIC', id: 'topic-sprache' }, first: 20 } },
  result: {
    data: { threads: { __typename: 'ThreadConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderTopic(mocks: MockLink.MockedResponse[], level: WatchLevel | null = null) {
  return renderWithProviders(
    <Routes>
      <Route path="/themen/:slug" element={<TopicSpacePage />} />
    </Routes>,
    {
      route: '/themen/sprache',
      mocks: [{ request: { query: TOPIC_SPACE_QUERY }, result: { data: { topics: topics(level) } } }, noThreads, ...mocks],
    },
  );
}

const LABEL = 'Benachrichtigungen für dieses Thema';

describe('TopicSpacePage', () => {
  it('offers guests a way to sign in, and no follow control', async () => {
    renderTopic([meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Diskussionen: Sprache' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Melden Sie sich an, um eine Frage zu stellen' })).toBeInTheDocument();
    expect(screen.queryByLabelText(LABEL)).not.toBeInTheDocument();
  });

  it('lets a member watch the topic, mute it and unfollow it, and says so politely', async () => {
    const user = userEvent.setup();
    renderTopic([
      meMock(buildMe()),
      {
        request: { query: FOLLOW_LEVEL_MUTATION, variables: { subjectType: 'TOPIC', subjectId: 'topic-sprache', level: 'WATCHING' } },
        result: { data: { follow: { __typename: 'Follow', subjectType: 'TOPIC', subjectId: 'topic-sprache', level: 'WATCHING' } } },
      },
      {
        request: { query: FOLLOW_LEVEL_MUTATION, variables: { subjectType: 'TOPIC', subjectId: 'topic-sprache', level: 'MUTED' } },
        result: { data: { follow: { __typename: 'Follow', subjectType: 'TOPIC', subjectId: 'topic-sprache', level: 'MUTED' } } },
      },
      { request: { query: UNFOLLOW_SUBJECT_MUTATION, variables: { subjectType: 'TOPIC', subjectId: 'topic-sprache' } }, result: { data: { unfollow: true } } },
    ]);

    const select = await screen.findByLabelText(LABEL);
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Nicht folgen' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Nicht folgen',
      'Beobachten: neue Diskussionen und Praxisbeispiele',
      'Normal: nur Erwähnungen und Antworten an mich',
      'Stumm: keine Benachrichtigungen zu diesem Thema',
    ]);

    await user.selectOptions(select, 'Beobachten: neue Diskussionen und Praxisbeispiele');
    const status = await screen.findByText('Sie beobachten dieses Thema.');
    expect(status.closest('[role="status"]')).toBeInTheDocument();
    expect(select).toHaveValue('WATCHING');
    // While following, the empty choice is the way out.
    expect(screen.getByRole('option', { name: 'Nicht mehr folgen' })).toBeInTheDocument();

    await user.selectOptions(select, 'Stumm: keine Benachrichtigungen zu diesem Thema');
    expect(await screen.findByText('Dieses Thema ist stumm geschaltet.')).toBeInTheDocument();
    expect(select).toHaveValue('MUTED');

    await user.selectOptions(select, 'Nicht mehr folgen');
    expect(await screen.findByText('Sie folgen diesem Thema nicht mehr.')).toBeInTheDocument();
    expect(select).toHaveValue('');
  });

  it('shows the level the member chose before, and a failed change as an alert', async () => {
    const user = userEvent.setup();
    renderTopic(
      [
        meMock(buildMe()),
        {
          request: { query: FOLLOW_LEVEL_MUTATION, variables: { subjectType: 'TOPIC', subjectId: 'topic-sprache', level: 'WATCHING' } },
          result: { errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ],
      'NORMAL',
    );

    const select = await screen.findByLabelText(LABEL);
    expect(select).toHaveValue('NORMAL');
    await user.selectOptions(select, 'Beobachten: neue Diskussionen und Praxisbeispiele');
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte melden Sie sich an.');
    expect(select).toHaveValue('NORMAL');
  });
});
