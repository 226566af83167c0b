import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import type { OutcomeItem } from '../formValues';
import { OutcomesField } from './OutcomesField';

function Harness({ initial }: { initial: OutcomeItem[] }) {
  const [items, setItems] = useState(initial);
  return <OutcomesField items={items} onChange={setItems} errors={{}} />;
}

const outcome = (key: string, label: string): OutcomeItem => ({ key, label, value: '1', unit: 'Personen', asOf: '2024-12-31', source: '' });

describe('OutcomesField (repeater)', () => {
  it('adds a row and puts the focus into its first field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={[]} />);

    await user.click(screen.getByRole('button', { name: 'Messbares Ergebnis hinzufügen' }));

    expect(screen.getByRole('group', { name: 'Ergebnis 1' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Was wurde gezählt\?/ })).toHaveFocus();
    expect(screen.getByText('Ergebnis 1 hinzugefügt.')).toBeInTheDocument();
  });

  it('moves rows up and down, keeps the focus on a move button and says where the row went', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={[outcome('a', 'Teilnehmende'), outcome('b', 'Treffen'), outcome('c', 'Lotsen')]} />);

    await user.click(screen.getByRole('button', { name: 'Nach oben: Ergebnis 2' }));

    const labels = () => screen.getAllByRole('textbox', { name: /^Was wurde gezählt\?/ }).map((input) => (input as HTMLInputElement).value);
    expect(labels()).toEqual(['Treffen', 'Teilnehmende', 'Lotsen']);
    // At the top "Nach oben" is disabled: the focus moves to "Nach unten" of the same row.
    expect(screen.getByRole('button', { name: 'Nach oben: Ergebnis 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Nach unten: Ergebnis 1' })).toHaveFocus();
    expect(screen.getByText('Ergebnis 2 verschoben, jetzt an Position 1 von 3.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(labels()).toEqual(['Teilnehmende', 'Treffen', 'Lotsen']);
    expect(screen.getByRole('button', { name: 'Nach unten: Ergebnis 2' })).toHaveFocus();
  });

  it('removes a row and continues with the next one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={[outcome('a', 'Teilnehmende'), outcome('b', 'Treffen')]} />);

    await user.click(screen.getByRole('button', { name: 'Entfernen: Ergebnis 1' }));

    expect(screen.getAllByRole('group', { name: /^Ergebnis \d$/ })).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: /^Was wurde gezählt\?/ })).toHaveValue('Treffen');
    expect(screen.getByRole('textbox', { name: /^Was wurde gezählt\?/ })).toHaveFocus();
    expect(screen.getByText('Ergebnis 1 entfernt.')).toBeInTheDocument();
  });
});
