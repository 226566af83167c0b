import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { buildMe, buildMunicipality, connection } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { MUNICIPALITY_LIST_QUERY } from '../../municipalities/graphql/municipalities.graphql';
import { UPDATE_PROFILE_MUTATION } from '../graphql/profile.graphql';
import type { UpdateProfileInput } from '../../../graphql/generated';
import { ProfileForm } from './ProfileForm';

const me = buildMe();

const municipalitiesMock: MockLink.MockedResponse = {
  request: { query: MUNICIPALITY_LIST_QUERY, variables: { first: 100 } },
  result: { data: { municipalities: connection([buildMunicipality(), buildMunicipality({ slug: 'giengen', name: 'Giengen an der Brenz' })]) } },
};

const unchanged: UpdateProfileInput = {
  displayName: 'Erika Muster',
  bio: null,
  affiliationText: null,
  affiliationMunicipalitySlug: null,
  languages: [],
  allowContact: false,
  locale: 'DE',
};

function updateMock(input: UpdateProfileInput, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: UPDATE_PROFILE_MUTATION, variables: { input } }, result };
}

describe('ProfileForm', () => {
  it('shows the current profile', () => {
    renderWithProviders(<ProfileForm me={buildMe({ bio: 'Ich koordiniere das Ehrenamt.', languages: ['Deutsch', 'Türkisch'], allowContact: true })} />, {
      mocks: [municipalitiesMock],
    });

    expect(screen.getByRole('textbox', { name: /^Anzeigename/ })).toHaveValue('Erika Muster');
    expect(screen.getByRole('textbox', { name: /^Über mich/ })).toHaveValue('Ich koordiniere das Ehrenamt.');
    expect(screen.getByRole('textbox', { name: /^Sprachen/ })).toHaveValue('Deutsch, Türkisch');
    expect(screen.getByRole('checkbox', { name: /Nachrichten schicken/ })).toBeChecked();
  });

  it('saves the changes, tidies the language list and confirms', async () => {
    const user = userEvent.setup();
    const languages = ['Deutsch', 'Arabisch'];
    const input: UpdateProfileInput = {
      ...unchanged,
      displayName: 'Erika aus Weinheim',
      bio: 'Ich koordiniere das Ehrenamt.',
      affiliationMunicipalitySlug: 'giengen',
      languages,
      allowContact: true,
    };
    renderWithProviders(<ProfileForm me={me} />, {
      mocks: [
        municipalitiesMock,
        updateMock(input, {
          data: {
            updateProfile: buildMe({
              displayName: input.displayName,
              bio: input.bio,
              affiliationMunicipality: { __typename: 'Municipality', id: 'id-giengen', slug: 'giengen', name: 'Giengen an der Brenz' },
              languages,
              allowContact: true,
            }),
          },
        }),
      ],
    });

    const displayName = screen.getByRole('textbox', { name: /^Anzeigename/ });
    await user.clear(displayName);
    await user.type(displayName, '  Erika aus Weinheim ');
    await user.type(screen.getByRole('textbox', { name: /^Über mich/ }), 'Ich koordiniere das Ehrenamt.');
    await user.selectOptions(await screen.findByRole('combobox', { name: /^Kommune/ }), 'Giengen an der Brenz');
    await user.type(screen.getByRole('textbox', { name: /^Sprachen/ }), 'Deutsch, Arabisch ,, deutsch');
    await user.click(screen.getByRole('checkbox', { name: /Nachrichten schicken/ }));
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Ihr Profil ist gespeichert.');
    expect(screen.getByRole('textbox', { name: /^Anzeigename/ })).toHaveValue('Erika aus Weinheim');
    expect(screen.getByRole('textbox', { name: /^Sprachen/ })).toHaveValue('Deutsch, Arabisch');
  });

  it('shows the fields the API refused next to them (BAD_USER_INPUT)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm me={me} />, {
      mocks: [
        municipalitiesMock,
        updateMock(unchanged, {
          errors: [
            new GraphQLError('Bad input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: {
                  'input.displayName': ['displayName must be between 2 and 100 characters.'],
                  'input.affiliationMunicipalitySlug': ['unknown municipality'],
                },
              },
            }),
          ],
        }),
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    // The summary appears, then takes focus in an effect: wait for both.
    await waitFor(() => expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus());
    const displayName = screen.getByRole('textbox', { name: /^Anzeigename/ });
    expect(displayName).toHaveAttribute('aria-invalid', 'true');
    expect(displayName).toHaveAccessibleDescription(/Der Anzeigename muss 2 bis 100 Zeichen lang sein/);
    const municipality = screen.getByRole('combobox', { name: /^Kommune/ });
    expect(municipality).toHaveAccessibleDescription(/Bitte wählen Sie eine Kommune aus der Liste/);
    expect(screen.getByRole('link', { name: 'Bitte wählen Sie eine Kommune aus der Liste.' })).toHaveAttribute('href', `#${municipality.id}`);
    expect(screen.queryByText(/must be/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('refuses a language name longer than the shared limit before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm me={me} />, { mocks: [municipalitiesMock] });

    await user.type(screen.getByRole('textbox', { name: /^Sprachen/ }), `Deutsch, ${'x'.repeat(41)}`);
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    expect(screen.getByRole('textbox', { name: /^Sprachen/ })).toHaveAccessibleDescription(/höchstens 20 Sprachen mit je höchstens 40 Zeichen/);
  });
});
