import { CombinedGraphQLErrors } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { i18n } from '../i18n';
import { errorMessages, problemsFromError } from './problems';

function apiError(...errors: GraphQLError[]) {
  return new CombinedGraphQLErrors({ errors: errors.map((e) => e.toJSON()) });
}

const t = i18n.t.bind(i18n);

describe('problemsFromError', () => {
  it('puts field problems next to the fields, translated, and maps renamed fields', () => {
    const error = apiError(
      new GraphQLError('The password must have at least 12 characters.', { extensions: { code: 'WEAK_PASSWORD', fields: { password: ['too_short'] } } }),
    );

    const problems = problemsFromError(t, error, { fields: ['currentPassword', 'newPassword'] as const, aliases: { password: 'newPassword' } });

    expect(problems.fields).toEqual({ newPassword: 'Das Passwort ist zu kurz: Bitte verwenden Sie mindestens 12 Zeichen.' });
    expect(problems.general).toEqual([]);
  });

  it('lists problems of fields the form does not have as general ones', () => {
    const error = apiError(new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', fields: { 'input.token': ['token must be a string'] } } }));

    expect(problemsFromError(t, error, { fields: ['email'] as const }).general).toEqual(['Der Link ist ungültig.']);
  });

  it('prefers a page-specific text for a code and falls back to the server message for unknown codes', () => {
    expect(errorMessages(t, apiError(new GraphQLError('x', { extensions: { code: 'TOKEN_EXPIRED' } })), 'confirmEmail')).toEqual([
      'Dieser Bestätigungslink ist abgelaufen.',
    ]);
    expect(errorMessages(t, apiError(new GraphQLError('Something new happened.', { extensions: { code: 'BRAND_NEW' } })))).toEqual([
      'Something new happened.',
    ]);
  });

  it('says one minute in the singular', () => {
    const error = apiError(new GraphQLError('x', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }));
    expect(errorMessages(t, error)).toEqual(['Zu viele Versuche. Bitte versuchen Sie es in 1 Minute erneut.']);
  });

  it('reports transport failures as a connection problem', () => {
    expect(problemsFromError(t, new Error('Failed to fetch'), { fields: [] }).general).toEqual([
      expect.stringContaining('Der Server ist gerade nicht erreichbar'),
    ]);
  });
});
