import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { PROGRAMMES_QUERY } from '../graphql/programmes.graphql';
import { ProgrammeOverview } from './ProgrammeOverview';

const programme = {
  __typename: 'Programme',
  id: 'p-1',
  slug: 'integration-be-zivilgesellschaft-2018',
  name: 'Integration durch Bürgerschaftliches Engagement und Zivilgesellschaft',
  framework: 'Pakt für Integration mit den Kommunen (2017)',
  announcedOn: '2018-05-28',
  fundingPerSiteEurMax: 40000,
  implementedBy: 'Führungsakademie Baden-Württemberg',
  goals: ['exchange experience between the participating municipalities'],
  participantCount: 23,
};

describe('ProgrammeOverview', () => {
  it('shows the programme with its date, participants, funding and goals in the chosen language', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <LanguageSwitch />
        <ProgrammeOverview />
      </>,
      { mocks: [{ request: { query: PROGRAMMES_QUERY }, result: { data: { programmes: [programme] } } }] },
    );

    expect(await screen.findByRole('heading', { name: programme.name })).toBeInTheDocument();
    expect(screen.getByText('28. Mai 2018')).toBeInTheDocument();
    expect(screen.getByText('23 Kommunen')).toBeInTheDocument();
    expect(screen.getByText(/bis zu 40\.000\s€ je Standort/)).toBeInTheDocument();
    expect(screen.getByText(programme.goals[0])).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('28 May 2018')).toBeInTheDocument();
    expect(screen.getByText('23 municipalities')).toBeInTheDocument();
  });
});
