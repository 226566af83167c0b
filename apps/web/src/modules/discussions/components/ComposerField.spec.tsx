import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { XSS_CORPUS } from '@praxisforum/markdown';
import { renderWithProviders } from '../../../test/render';
import { MENTION_CANDIDATES_QUERY } from '../graphql/discussions.graphql';
import { anna, jonas } from '../test/fixtures';
import { ComposerField } from './ComposerField';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ComposerField id="reply" label="Ihre Antwort" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </>
  );
}

const candidates = (query: string, people = [anna, { ...jonas, id: 'user-andreas', displayName: 'Andreas Wolf' }]): MockLink.MockedResponse => ({
  request: { query: MENTION_CANDIDATES_QUERY, variables: { query, first: 8 } },
  result: { data: { mentionCandidates: people } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('ComposerField', () => {
  it('suggests people for @An and inserts the chosen one with arrow keys and Enter, keyboard only', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { mocks: [candidates('An')] });

    const field = screen.getByRole('textbox', { name: /Ihre Antwort/ });
    await user.click(field);
    await user.keyboard('Danke @An');

    const list = await screen.findByRole('listbox', { name: 'Personen zum Erwähnen' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Anna Berg', 'Andreas Wolf']);
    expect(field).toHaveAttribute('aria-controls', list.id);
    expect(field).toHaveAttribute('aria-autocomplete', 'list');
    expect(field).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(/2 Vorschläge/)).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{Enter}');

    expect(screen.getByTestId('value')).toHaveTextContent('Danke @[Andreas Wolf](user-andreas)');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(field).toHaveFocus();
    // Typing goes on after the mention.
    await user.keyboard('gern');
    expect(screen.getByTestId('value')).toHaveTextContent('Danke @[Andreas Wolf](user-andreas) gern');
  });

  it('closes the suggestions with Escape and keeps the typed text', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { mocks: [candidates('An')] });

    const field = screen.getByRole('textbox', { name: /Ihre Antwort/ });
    await user.click(field);
    await user.keyboard('@An');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByTestId('value')).toHaveTextContent('@An');
    // Enter is a line break again, not a choice.
    await user.keyboard('{Enter}x');
    expect((field as HTMLTextAreaElement).value).toBe('@An\nx');
  });

  it('picks a person with the mouse without taking focus from the text', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { mocks: [candidates('An')] });
    const field = screen.getByRole('textbox', { name: /Ihre Antwort/ });
    await user.click(field);
    await user.keyboard('@An');
    await user.click(await screen.findByRole('option', { name: 'Anna Berg' }));
    expect(screen.getByTestId('value')).toHaveTextContent('@[Anna Berg](user-anna)');
    expect(field).toHaveFocus();
  });

  it('shows a preview through the safe Markdown renderer, in a tab reached with the arrow keys', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={`**Hallo** @[Anna Berg](user-anna)\n\n${XSS_CORPUS.join('\n\n')}`} />);

    const write = screen.getByRole('tab', { name: 'Schreiben' });
    expect(write).toHaveAttribute('aria-selected', 'true');
    write.focus();
    await user.keyboard('{ArrowRight}');
    const preview = screen.getByRole('tab', { name: 'Vorschau' });
    expect(preview).toHaveFocus();
    expect(preview).toHaveAttribute('aria-selected', 'true');

    const panel = screen.getByRole('tabpanel', { name: 'Vorschau' });
    expect(within(panel).getByText('Hallo').tagName).toBe('STRONG');
    expect(within(panel).getByText('@Anna Berg').tagName).toBe('STRONG');
    expect(panel.querySelectorAll('script, iframe, img, svg, object, embed, style, form')).toHaveLength(0);
    for (const element of Array.from(panel.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
    }
    // The text stays as typed while the preview is shown.
    expect((document.getElementById('reply') as HTMLTextAreaElement).value).toContain('**Hallo**');
  });

  it('counts characters against the limit and describes the field with the count', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const field = screen.getByRole('textbox', { name: /Ihre Antwort/ });
    await user.type(field, 'Hallo');
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining('5 von 20.000 Zeichen')));
  });
});
