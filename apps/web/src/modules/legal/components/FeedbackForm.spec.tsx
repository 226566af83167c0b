import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import type { AccessibilityFeedbackInput } from '../../../graphql/generated';
import { SUBMIT_FEEDBACK_MUTATION } from '../graphql/feedback.graphql';
import { FeedbackForm } from './FeedbackForm';

const message = 'Die Karte lässt sich mit der Tastatur schwer bedienen.';

function submitMock(expected: AccessibilityFeedbackInput, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: SUBMIT_FEEDBACK_MUTATION,
      variables: (vars: Record<string, unknown>) => JSON.stringify(vars) === JSON.stringify({ input: expected }),
    },
    result,
  };
}

describe('FeedbackForm', () => {
  it('shows the error next to a too short message, marks the field invalid and lists it in a summary', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FeedbackForm />);

    await user.type(screen.getByLabelText(/Ihre Nachricht/), 'Zu kurz');
    await user.click(screen.getByRole('button', { name: 'Rückmeldung senden' }));

    const field = screen.getByLabelText(/Ihre Nachricht/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/mindestens 10 Zeichen/);
    const summary = screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: /Die Nachricht ist zu kurz/ })).toHaveAttribute('href', `#${field.id}`);
  });

  it('rejects an invalid e-mail address but accepts an empty one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FeedbackForm />);

    await user.type(screen.getByLabelText(/Ihre Nachricht/), message);
    await user.type(screen.getByLabelText(/E-Mail-Adresse/), 'keine-adresse');
    await user.click(screen.getByRole('button', { name: 'Rückmeldung senden' }));

    expect(screen.getByLabelText(/E-Mail-Adresse/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Ihre Nachricht/)).not.toHaveAttribute('aria-invalid');
  });

  it('sends the feedback and confirms receipt in a status message', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FeedbackForm fromPath="/kommunen?region=freiburg" />, {
      mocks: [
        submitMock(
          { message, name: 'Erika Muster', pageUrl: 'http://localhost/kommunen?region=freiburg' },
          {
            data: {
              submitAccessibilityFeedback: { __typename: 'AccessibilityFeedbackReceipt', id: 'fb-42', receivedAt: '2026-11-25T10:15:00.000Z' },
            },
          },
        ),
      ],
    });

    expect(screen.getByLabelText(/Betroffene Seite/)).toHaveValue('http://localhost/kommunen?region=freiburg');
    await user.type(screen.getByLabelText(/Ihre Nachricht/), message);
    await user.type(screen.getByLabelText(/^Name/), 'Erika Muster');
    await user.click(screen.getByRole('button', { name: 'Rückmeldung senden' }));

    expect(await screen.findByText(/Vielen Dank! Ihre Rückmeldung ist eingegangen \(Eingangsnummer fb-42, 25\. November 2026 um 11:15\)/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('fb-42');
    expect(screen.getByLabelText(/Ihre Nachricht/)).toHaveValue('');
  });

  it('shows the message of a validation error from the API', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FeedbackForm />, {
      mocks: [
        submitMock(
          { message },
          { errors: [new GraphQLError('Die Nachricht enthält unzulässige Zeichen.', { extensions: { code: 'BAD_USER_INPUT' } })] },
        ),
      ],
    });

    await user.type(screen.getByLabelText(/Ihre Nachricht/), message);
    await user.click(screen.getByRole('button', { name: 'Rückmeldung senden' }));

    expect(await screen.findByText('Die Nachricht enthält unzulässige Zeichen.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Bitte prüfen Sie Ihre Angaben' })).toHaveFocus();
  });
});
