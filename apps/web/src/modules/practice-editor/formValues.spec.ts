import { i18n } from '../../i18n';
import { buildEditorPractice, baseInput } from './testing';
import { toUpdateInput, validateForPublication, validatePractice, valuesFromPractice, type PracticeFormValues } from './formValues';

const t = i18n.t.bind(i18n);
const context = { id: 'p-1', version: 3, meId: 'user-1', lng: 'de', published: false };

function values(overrides: Partial<PracticeFormValues> = {}): PracticeFormValues {
  return { ...valuesFromPractice(buildEditorPractice(), 'user-1', 'de'), ...overrides };
}

describe('practice form values', () => {
  it('round-trips a stored practice into the complete save input', () => {
    expect(toUpdateInput(values(), context)).toEqual(baseInput());
  });

  it('reads numbers as typed in German and drops empty list entries', () => {
    const input = toUpdateInput(
      values({
        costOneOffEur: '12.500',
        staffHoursPerMonth: '12,5',
        outcomes: [{ key: 'o', label: ' Teilnehmende ', value: '1.234,5', unit: 'Personen', asOf: '2024-12-31', source: ' ' }],
        targetGroups: [
          { key: 'a', text: ' Familien ' },
          { key: 'b', text: '' },
        ],
      }),
      context,
    );
    expect(input.costOneOffEur).toBe(12500);
    expect(input.staffHoursPerMonth).toBe(12.5);
    expect(input.outcomes).toEqual([{ label: 'Teilnehmende', value: 1234.5, unit: 'Personen', asOf: '2024-12-31', source: null }]);
    expect(input.targetGroups).toEqual(['Familien']);
  });

  it('sends one kind of contact: me, the registered person stored, or name and e-mail with consent', () => {
    expect(toUpdateInput(values({ contactSelf: true, contactName: 'X', contactEmail: 'x@example.org', contactConsent: true }), context)).toMatchObject({
      contactUserId: 'user-1',
      contactName: null,
      contactEmail: null,
      contactConsent: false,
    });
    expect(toUpdateInput(values({ contactOtherUserId: 'user-9' }), context)).toMatchObject({ contactUserId: 'user-9', contactName: null });
    expect(
      toUpdateInput(values({ contactOtherUserId: 'user-9', contactName: 'Ali Demir', contactEmail: 'ali@example.org', contactConsent: true }), context),
    ).toMatchObject({ contactUserId: null, contactName: 'Ali Demir', contactEmail: 'ali@example.org', contactConsent: true });
  });

  it('sends the revision note only for published practices', () => {
    expect(toUpdateInput(values({ revisionNote: 'Zahlen ergänzt' }), context).revisionNote).toBeNull();
    expect(toUpdateInput(values({ revisionNote: 'Zahlen ergänzt' }), { ...context, published: true }).revisionNote).toBe('Zahlen ergänzt');
  });

  it('checks what the API checks, keyed like its field paths', () => {
    const errors = validatePractice(
      t,
      values({
        title: 'Café',
        periodStart: '2025-05-01',
        periodEnd: '2025-04-30',
        costYearlyEur: '12,50',
        staffHoursPerMonth: '1,25',
        outcomes: [{ key: 'o', label: '', value: 'viele', unit: '', asOf: '2999-01-01', source: '' }],
        partners: [{ key: 'p', kind: '', name: 'Caritas' }],
        contactEmail: 'ali@example.org',
      }),
      'de',
      '2026-03-02',
    );
    expect(errors).toEqual({
      title: 'Der Titel muss 5 bis 200 Zeichen lang sein.',
      periodEnd: 'Das Ende darf nicht vor dem Beginn liegen.',
      costYearlyEur: 'Bitte geben Sie ganze Euro an.',
      staffHoursPerMonth: 'Bitte geben Sie höchstens eine Nachkommastelle an.',
      'outcomes.0.label': 'Bitte ausfüllen.',
      'outcomes.0.value': 'Bitte geben Sie eine Zahl ein, zum Beispiel 1.234,5.',
      'outcomes.0.unit': 'Bitte geben Sie eine Einheit an, zum Beispiel „Personen“.',
      'outcomes.0.asOf': 'Der Stand darf nicht in der Zukunft liegen.',
      'partners.0.kind': 'Bitte wählen Sie aus der Liste.',
      contactName: 'Bitte geben Sie zur E-Mail-Adresse auch den Namen an.',
    });
    expect(validatePractice(t, values(), 'de', '2026-03-02')).toEqual({});
  });

  it('asks for the consent of a contact given by name before publication', () => {
    expect(validateForPublication(t, values({ contactName: 'Ali Demir', contactEmail: 'ali@example.org' }))).toEqual({
      contactConsent: expect.stringContaining('Einverständnis'),
    });
    expect(validateForPublication(t, values({ contactSelf: true }))).toEqual({});
  });
});
