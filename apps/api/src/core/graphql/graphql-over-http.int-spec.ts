import { startTestApp, type TestApp } from '../../../test/test-app.js';

/** The endpoint follows the GraphQL-over-HTTP specification and Apollo's CSRF prevention. */
describe('/graphql over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers POST with application/graphql-response+json when the client asks for it', async () => {
    const response = await post({ query: '{ __typename }' }, { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('tells caches not to store answers (they depend on the viewer)', async () => {
    const response = await post({ query: '{ topics { slug } }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers queries over GET when a preflight header shows it is not a cross-site form', async () => {
    const response = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ topics { slug } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toHaveProperty('topics');
  });

  it('refuses a simple GET without preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses mutations over GET with 405', async () => {
    const query = encodeURIComponent('mutation { submitAccessibilityFeedback(input: { message: "Kontrast zu schwach" }) { id } }');
    const response = await fetch(`${t.baseUrl}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const response = await post({ query: '{ municipalities(' }, { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 and GRAPHQL_VALIDATION_FAILED, without a stack trace', async () => {
    const response = await post({ query: '{ passwords }' }, { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('answers a wrongly typed variable with BAD_USER_INPUT', async () => {
    const response = await post({ query: 'query ($n: Int) { municipalities(first: $n) { totalCount } }', variables: { n: 'many' } });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('does not offer a GraphiQL page that would load scripts from a CDN', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/cdn|unpkg|jsdelivr/i);
  });
});
