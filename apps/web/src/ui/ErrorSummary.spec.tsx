import { render, screen } from '@testing-library/react';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('is a group named by its heading that takes focus when it appears', () => {
    render(<ErrorSummary headingLevel={2} items={[{ message: 'Bitte geben Sie eine Nachricht ein.' }]} />);

    const summary = screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Bitte prüfen Sie Ihre Angaben' })).toBeInTheDocument();
  });

  it('links each field problem to its control and lists other problems as text', () => {
    render(
      <ErrorSummary
        headingLevel={4}
        heading="Das hat nicht geklappt"
        items={[{ message: 'Die Nachricht ist zu kurz.', targetId: 'message' }, { message: 'Der Server ist nicht erreichbar.' }]}
      />,
    );

    expect(screen.getByRole('heading', { level: 4, name: 'Das hat nicht geklappt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Die Nachricht ist zu kurz.' })).toHaveAttribute('href', '#message');
    expect(screen.getByText('Der Server ist nicht erreichbar.')).not.toHaveAttribute('href');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('takes focus again on every new attempt', () => {
    const items = [{ message: 'Die Nachricht ist zu kurz.', targetId: 'message' }];
    const { rerender } = render(<ErrorSummary headingLevel={4} items={items} focusKey={1} />);
    screen.getByRole('link').focus();

    rerender(<ErrorSummary headingLevel={4} items={items} focusKey={1} />);
    expect(screen.getByRole('link')).toHaveFocus();

    rerender(<ErrorSummary headingLevel={4} items={items} focusKey={2} />);
    expect(screen.getByRole('group')).toHaveFocus();
  });
});
