import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { buildAdoption, buildPractice, outcome, practiceMock } from '../test/fixtures';
import PracticePrintPage from './PracticePrintPage';

const practice = buildPractice({ outcomes: [outcome()], adoptionCount: 1, adoptions: [buildAdoption()] });

function renderPrint() {
  return renderWithProviders(
    <Routes>
      <Route path="/praxisbeispiele/:slug/drucken" element={<PracticePrintPage />} />
    </Routes>,
    { route: `/praxisbeispiele/${practice.slug}/drucken`, mocks: [practiceMock(practice)] },
  );
}

describe('PracticePrintPage', () => {
  it('shows the whole practice without interactive actions, with its address for readers on paper', async () => {
    renderPrint();

    expect(await screen.findByRole('heading', { level: 1, name: practice.title })).toBeInTheDocument();
    expect(document.title).toBe(`${practice.title} – Druckansicht – Praxisforum`);
    expect(screen.getByRole('heading', { level: 2, name: 'Vorgehen' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Kennzahlen mit Stand und Quelle' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Giengen an der Brenz' })).toBeInTheDocument();
    expect(screen.getByText(/Quelle: http:\/\/localhost\/praxisbeispiele\/sprachcafe-netzwerk/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zum Praxisbeispiel' })).toHaveAttribute('href', '/praxisbeispiele/sprachcafe-netzwerk');
    // Only the print button: no follow, archive or adoption controls.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Drucken']);
  });

  it('opens the browser’s print dialog', async () => {
    const user = userEvent.setup();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPrint();

    await user.click(await screen.findByRole('button', { name: 'Drucken' }));

    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
