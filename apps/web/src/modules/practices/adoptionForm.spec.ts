import { CombinedGraphQLErrors } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { i18n } from '../../i18n';
import { adoptionProblems, checkAdoption, emptyOutcomeRow, parseFigure, toOutcomeInputs, type AdoptionFormValues } from './adoptionForm';

const t = i18n.t.bind(i18n);

function apiError(...errors: GraphQLError[]) {
  return new CombinedGraphQLErrors({ errors: errors.map((e) => e.toJSON()) });
}

function values(overrides: Partial<AdoptionFormValues> = {}): AdoptionFormValues {
  return { municipalitySlug: 'weinheim', kind: 'ADOPTED', adoptedOn: '2025-03-01', changes: '', results: '', outcomes: [], ...overrides };
}

const row = (overrides: Partial<ReturnType<typeof emptyOutcomeRow>> = {}) => ({
  ...emptyOutcomeRow(),
  label: 'Teilnehmende',
  value: '48',
  unit: 'Personen',
  asOf: '2025-01-31',
  ...overrides,
});

describe('parseFigure', () => {
  it('reads numbers as written in German', () => {
    expect(parseFigure('48', 'de')).toBe(48);
    expect(parseFigure('12,5', 'de')).toBe(12.5);
    expect(parseFigure('1.234,5', 'de')).toBe(1234.5);
    expect(parseFigure('−3', 'de')).toBe(-3);
    expect(parseFigure(' 1 250 ', 'de')).toBe(1250);
  });

  it('reads numbers as written in English', () => {
    expect(parseFigure('12.5', 'en')).toBe(12.5);
    expect(parseFigure('1,234.5', 'en')).toBe(1234.5);
  });

  it('refuses what is not a number or could be misread', () => {
    expect(parseFigure('viele', 'de')).toBeUndefined();
    expect(parseFigure('12.5', 'de')).toBeUndefined();
    expect(parseFigure('12,5', 'en')).toBeUndefined();
    expect(parseFigure('', 'de')).toBeUndefined();
    expect(parseFigure('1e5', 'de')).toBeUndefined();
  });
});

describe('checkAdoption', () => {
  const options = { today: '2026-11-29', lng: 'de', needsMunicipality: true };

  it('accepts a complete adoption and turns its figures into API input', () => {
    const form = values({ outcomes: [row({ value: '40,5', source: '  ' })] });
    expect(checkAdoption(t, form, options)).toEqual({});
    expect(toOutcomeInputs(form.outcomes, 'de')).toEqual([{ label: 'Teilnehmende', value: 40.5, unit: 'Personen', asOf: '2025-01-31', source: null }]);
  });

  it('applies the shared limits and refuses dates in the future', () => {
    const form = values({
      municipalitySlug: '',
      kind: '',
      adoptedOn: '2026-11-30',
      changes: 'x'.repeat(5001),
      outcomes: [row({ unit: '', asOf: '2026-12-01', value: '2000000000' })],
    });
    expect(checkAdoption(t, form, options)).toEqual({
      municipalitySlug: 'Bitte wählen Sie die übernehmende Kommune.',
      kind: 'Bitte wählen Sie die Art der Übernahme: übernommen oder angepasst übernommen.',
      adoptedOn: 'Das Datum der Übernahme darf nicht in der Zukunft liegen.',
      changes: '„Was haben Sie verändert?“ darf höchstens 5000 Zeichen lang sein.',
      'outcomes.0.unit': 'Kennzahl 1: Bitte geben Sie eine Einheit an, zum Beispiel Personen.',
      'outcomes.0.asOf': 'Kennzahl 1: Der Stand darf nicht in der Zukunft liegen.',
      'outcomes.0.value': 'Kennzahl 1: Der Wert muss zwischen −1.000.000.000 und 1.000.000.000 liegen.',
    });
  });

  it('does not ask for a municipality when editing', () => {
    expect(checkAdoption(t, values({ municipalitySlug: '' }), { ...options, needsMunicipality: false })).toEqual({});
  });
});

describe('adoptionProblems', () => {
  it('puts field problems of the API next to the fields, in our words', () => {
    const error = apiError(
      new GraphQLError('invalid', {
        extensions: { code: 'BAD_USER_INPUT', fields: { adoptedOn: ['adoptedOn cannot be in the future.'], 'outcomes.1.value': ['value must be a number.'] } },
      }),
    );
    const problems = adoptionProblems(t, error, values({ outcomes: [row(), row()] }));
    expect(problems.fields).toEqual({
      adoptedOn: 'Bitte geben Sie ein gültiges Datum der Übernahme an, das nicht in der Zukunft liegt.',
      'outcomes.1.value': 'Kennzahl 2: Bitte prüfen Sie den Wert.',
    });
    expect(problems.general).toEqual([]);
  });

  it('reports problems of fields the form does not have, and other codes, in general words', () => {
    const error = apiError(
      new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', fields: { practiceId: ['practiceId must be a UUID'] } } }),
      new GraphQLError('Already recorded', { extensions: { code: 'CONFLICT' } }),
    );
    expect(adoptionProblems(t, error, values()).general).toEqual([
      'Bitte prüfen Sie Ihre Angaben.',
      'Für diese Kommune ist bereits eine Übernahme eingetragen. Bitte bearbeiten Sie den vorhandenen Eintrag in der Liste der Übernahmen.',
    ]);
  });

  it('reports transport failures as a connection problem', () => {
    expect(adoptionProblems(t, new Error('Failed to fetch'), values()).general).toEqual([expect.stringContaining('Der Server ist gerade nicht erreichbar')]);
  });
});
