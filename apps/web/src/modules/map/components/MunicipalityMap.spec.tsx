import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { MunicipalityMap, type MapPlace } from './MunicipalityMap';

const places: MapPlace[] = [
  { slug: 'weinheim', name: 'Weinheim', latitude: 49.545, longitude: 8.666 },
  { slug: 'freiburg', name: 'Freiburg im Breisgau', latitude: 47.999, longitude: 7.8421 },
  { slug: 'ohne-lage', name: 'Ohne Lage', latitude: null, longitude: null },
];

describe('MunicipalityMap', () => {
  it('draws one link per located municipality, named after it and pointing to its page', () => {
    renderWithProviders(<MunicipalityMap places={places} title="Karte" description="Alle Orte stehen in der Liste." />);

    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Weinheim' })).toHaveAttribute('href', '/kommunen/weinheim');
    expect(screen.getByRole('link', { name: 'Freiburg im Breisgau' })).toHaveAttribute('href', '/kommunen/freiburg');
    expect(screen.queryByRole('link', { name: 'Ohne Lage' })).not.toBeInTheDocument();
  });

  it('is labelled, says it is schematic and points to the list as its text alternative', () => {
    const { container } = renderWithProviders(
      <MunicipalityMap places={places} title="Karte der Kommunen" description="Alle Orte stehen in der Liste." />,
    );
    const svg = container.querySelector('svg');
    expect(svg).toHaveAccessibleName('Karte der Kommunen');
    expect(svg).toHaveAccessibleDescription('Alle Orte stehen in der Liste.');
    expect(screen.getByText(/Schematische Karte/)).toBeInTheDocument();
  });

  it('marks the highlighted place as the current one', () => {
    renderWithProviders(<MunicipalityMap places={places} highlight="freiburg" title="Karte" description="Liste" />);
    expect(screen.getByRole('link', { name: 'Freiburg im Breisgau' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Weinheim' })).not.toHaveAttribute('aria-current');
  });

  it('navigates inside the app when a marker is activated', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MunicipalityMap places={places} title="Karte" description="Liste" />);
    await user.click(screen.getByRole('link', { name: 'Weinheim' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/kommunen/weinheim');
  });
});
