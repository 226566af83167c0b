import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { DomainError } from './domain-error.js';
import { formatGraphQLError } from './format-graphql-error.js';

const silent = pino({ level: 'silent' });

function resolverError(original: Error) {
  return new GraphQLError(original.message, { originalError: original, path: ['x'] });
}

describe('formatGraphQLError', () => {
  it('keeps the code, message and details of domain errors', () => {
    const error = new DomainError('NOT_FOUND', 'Municipality "x" was not found.', { resource: 'Municipality' });
    expect(formatGraphQLError({ message: error.message, path: ['x'] }, resolverError(error), silent)).toEqual({
      message: 'Municipality "x" was not found.',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND', resource: 'Municipality' },
    });
  });

  it('hides unexpected errors such as SQL failures behind a generic message', () => {
    const sqlError = Object.assign(new Error('relation "municipality" does not exist'), { query: 'SELECT * FROM municipality' });
    const formatted = formatGraphQLError(
      { message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.js:1'] } },
      resolverError(sqlError),
      silent,
    );
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
    expect(JSON.stringify(formatted)).not.toMatch(/relation|SELECT|db\.js/);
  });

  it('passes GraphQL validation messages through without extra extensions', () => {
    const formatted = formatGraphQLError(
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['…'] } },
      new GraphQLError('Cannot query field "x" on type "Query".'),
      silent,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
