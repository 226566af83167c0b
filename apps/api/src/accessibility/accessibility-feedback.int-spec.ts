import { startTestApp, type TestApp } from '../../test/test-app.js';
import { uniqueTag } from '../../test/factories/municipality.factory.js';

const SUBMIT = `mutation Submit($input: AccessibilityFeedbackInput!) {
  submitAccessibilityFeedback(input: $input) { id receivedAt }
}`;

describe('accessibility feedback (BITV 2.0 feedback mechanism)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const stored = (id: string) =>
    t.dataSource.query<Record<string, string | null>[]>(`SELECT message, name, email, page_url FROM accessibility_feedback WHERE id = $1`, [id]);

  it('stores a message from a guest, trimmed, with optional contact details', async () => {
    const message = `Die Karte ist mit der Tastatur schwer zu bedienen (${uniqueTag()}).`;
    const result = await t.gql(SUBMIT, { input: { message: `  ${message}  `, name: ' Erika Muster ', email: 'erika@example.org', pageUrl: '/kommunen' } });
    expect(result.errors).toBeUndefined();
    const receipt = result.data!.submitAccessibilityFeedback;
    expect(Date.parse(receipt.receivedAt)).toBeLessThanOrEqual(Date.now());
    expect(await stored(receipt.id)).toEqual([{ message, name: 'Erika Muster', email: 'erika@example.org', page_url: '/kommunen' }]);
  });

  it('accepts a message without name and e-mail (anonymous feedback)', async () => {
    const result = await t.gql(SUBMIT, { input: { message: 'Kontraste im Fußbereich sind zu schwach.', email: '  ' } });
    expect(result.errors).toBeUndefined();
    expect(await stored(result.data!.submitAccessibilityFeedback.id)).toEqual([
      { message: 'Kontraste im Fußbereich sind zu schwach.', name: null, email: null, page_url: null },
    ]);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const [{ count: before }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM accessibility_feedback`);
    const result = await t.gql(SUBMIT, {
      input: { message: 'zu kurz', email: 'not-an-address', pageUrl: 'javascript:alert(1)', name: 'x'.repeat(201) },
    });
    expect(result.data).toBeNull();
    const error = result.errors![0];
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions!.fields as object).sort()).toEqual(['email', 'message', 'name', 'pageUrl']);
    expect(error.message).toContain('message must be between 10 and 5000 characters.');
    const [{ count: after }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM accessibility_feedback`);
    expect(after).toBe(before);
  });

  it('refuses a message longer than the limit', async () => {
    const result = await t.gql(SUBMIT, { input: { message: 'a'.repeat(5001) } });
    expect(result.errors![0].extensions!.fields).toEqual({ message: ['message must be between 10 and 5000 characters.'] });
  });
});
