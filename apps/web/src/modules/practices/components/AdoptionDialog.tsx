import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { FormField, TextAreaField, TextField } from '../../../ui/FormField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import type { AdoptionKind } from '../../../graphql/generated';
import type { MunicipalityOption } from '../../municipalities/hooks/useMunicipalityOptions';
import {
  adoptionProblems,
  checkAdoption,
  emptyOutcomeRow,
  initialValues,
  outcomeField,
  toOutcomeInputs,
  type AdoptionField,
  type AdoptionFormValues,
  type OutcomeRow,
} from '../adoptionForm';
import { todayInBerlin } from '../format';
import { RECORD_ADOPTION_MUTATION, UPDATE_ADOPTION_MUTATION } from '../graphql/adoptions.graphql';
import { PRACTICE_DETAIL_QUERY } from '../graphql/practices.graphql';
import type { AdoptionView } from '../graphql/types';
import { adoptionKindLabel } from '../labels';
import { ModalDialog } from './ModalDialog';

const KINDS: readonly AdoptionKind[] = ['ADOPTED', 'ADAPTED'];

interface Props {
  practice: { id: string; slug: string; title: string };
  /** The adoption to edit; without it, a new one is recorded. */
  adoption?: AdoptionView;
  /** Where a new adoption may be recorded for (see useAdoptionMunicipalities). */
  municipalities: readonly MunicipalityOption[];
  onClose: () => void;
  /** Takes focus on close if the button that opened the dialog is gone. */
  fallbackFocusRef?: RefObject<HTMLElement | null>;
  /** After a successful save, with the confirmation to announce. */
  onSaved: (message: string) => void;
}

/** Records or edits an adoption in a modal dialog; the practice is fetched again so the list shows it. */
export function AdoptionDialog({ practice, adoption, municipalities, onClose, fallbackFocusRef, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const id = useId();
  const fieldId = (field: AdoptionField) => `${id}-${field.replace(/\./g, '-')}`;
  const today = todayInBerlin();
  const [values, setValues] = useState<AdoptionFormValues>(() =>
    initialValues(adoption, municipalities.length === 1 ? municipalities[0].slug : '', lng),
  );
  const { problems, attempt, report, clear } = useFormProblems<AdoptionField>();
  const refetch = { refetchQueries: [{ query: PRACTICE_DETAIL_QUERY, variables: { slug: practice.slug } }], awaitRefetchQueries: true };
  const [record, recording] = useMutation(RECORD_ADOPTION_MUTATION, refetch);
  const [update, updating] = useMutation(UPDATE_ADOPTION_MUTATION, refetch);
  const saving = recording.loading || updating.loading;

  const set = <K extends keyof AdoptionFormValues>(key: K, value: AdoptionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setRow = (key: string, change: Partial<OutcomeRow>) =>
    setValues((v) => ({ ...v, outcomes: v.outcomes.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  // Adding a row moves focus to its first field; removing one moves it to the add button, so
  // keyboard users are not dropped at the top of the dialog. Applied after the next render.
  const pendingFocus = useRef<string | null>(null);
  const addButtonId = `${id}-add-outcome`;
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const addRow = () => {
    pendingFocus.current = fieldId(outcomeField(values.outcomes.length, 'label'));
    setValues((v) => ({ ...v, outcomes: [...v.outcomes, emptyOutcomeRow()] }));
  };
  const removeRow = (key: string) => {
    pendingFocus.current = addButtonId;
    setValues((v) => ({ ...v, outcomes: v.outcomes.filter((row) => row.key !== key) }));
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = checkAdoption(t, values, { today, lng, needsMunicipality: !adoption });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    const common = {
      kind: values.kind as AdoptionKind,
      adoptedOn: values.adoptedOn,
      changes: values.changes.trim(),
      results: values.results.trim(),
      outcomes: toOutcomeInputs(values.outcomes, lng),
    };
    try {
      if (adoption) {
        await update({ variables: { input: { id: adoption.id, ...common } } });
        onSaved(t('practices.adoptions.updated', { municipality: adoption.municipality.name }));
      } else {
        await record({ variables: { input: { practiceId: practice.id, municipalitySlug: values.municipalitySlug, ...common } } });
        const name = municipalities.find((m) => m.slug === values.municipalitySlug)?.name ?? values.municipalitySlug;
        onSaved(t('practices.adoptions.recorded', { municipality: name }));
      }
    } catch (error) {
      report(adoptionProblems(t, error, values));
    }
  };

  const kindError = problems.fields.kind;
  const kindErrorId = `${fieldId('kind')}-error`;

  return (
    <ModalDialog
      title={adoption ? t('practices.adoption.editTitle') : t('practices.adoption.recordTitle')}
      onClose={onClose}
      closeLabel={t('practices.adoption.close')}
      fallbackFocusRef={fallbackFocusRef}
    >
      <form noValidate onSubmit={(e) => void handleSubmit(e)} className="adoption-form">
        <p>{t('practices.adoption.intro', { title: practice.title })}</p>
        <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />

        {adoption ? (
          <p>
            <strong>{t('practices.adoption.municipality')}:</strong> {adoption.municipality.name}
          </p>
        ) : municipalities.length === 0 ? (
          <p id={fieldId('municipalitySlug')} className="notice notice-warning" tabIndex={-1}>
            {t('practices.adoption.noMunicipality')}
          </p>
        ) : (
          <FormField id={fieldId('municipalitySlug')} label={t('practices.adoption.municipality')} error={problems.fields.municipalitySlug} required>
            {(control) => (
              <select {...control} value={values.municipalitySlug} onChange={(e) => set('municipalitySlug', e.target.value)}>
                {municipalities.length !== 1 && <option value="">–</option>}
                {municipalities.map((m) => (
                  <option key={m.slug} value={m.slug}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}

        <fieldset className="field radio-group" aria-describedby={kindError ? kindErrorId : undefined}>
          <legend>
            {t('practices.adoption.kind')} <span className="required">({t('form.required')})</span>
          </legend>
          {kindError && (
            <p id={kindErrorId} className="field-error">
              {kindError}
            </p>
          )}
          {KINDS.map((kind, i) => (
            <div className="checkbox-row" key={kind}>
              <input
                type="radio"
                id={i === 0 ? fieldId('kind') : `${fieldId('kind')}-${kind}`}
                name={`${id}-kind`}
                value={kind}
                checked={values.kind === kind}
                aria-invalid={kindError ? true : undefined}
                onChange={() => set('kind', kind)}
              />
              <label htmlFor={i === 0 ? fieldId('kind') : `${fieldId('kind')}-${kind}`}>{adoptionKindLabel(t, kind)}</label>
            </div>
          ))}
        </fieldset>

        <TextField
          id={fieldId('adoptedOn')}
          type="date"
          label={t('practices.adoption.adoptedOn')}
          hint={t('practices.adoption.adoptedOnHint')}
          error={problems.fields.adoptedOn}
          required
          max={today}
          value={values.adoptedOn}
          onChange={(e) => set('adoptedOn', e.target.value)}
        />
        <TextAreaField
          id={fieldId('changes')}
          label={t('practices.adoption.changes')}
          hint={t('practices.adoption.changesHint')}
          error={problems.fields.changes}
          rows={5}
          value={values.changes}
          onChange={(e) => set('changes', e.target.value)}
        />
        <TextAreaField
          id={fieldId('results')}
          label={t('practices.adoption.results')}
          hint={t('practices.adoption.resultsHint')}
          error={problems.fields.results}
          rows={5}
          value={values.results}
          onChange={(e) => set('results', e.target.value)}
        />

        <fieldset className="outcome-rows" aria-describedby={`${id}-outcomes-hint`}>
          <legend>
            {t('practices.adoption.outcomes')} <span className="optional">({t('form.optional')})</span>
          </legend>
          <p id={`${id}-outcomes-hint`} className="hint">
            {t('practices.adoption.outcomesHint')}
          </p>
          {problems.fields.outcomes && (
            <p id={fieldId('outcomes')} className="field-error" tabIndex={-1}>
              {problems.fields.outcomes}
            </p>
          )}
          {values.outcomes.map((row, i) => {
            const n = i + 1;
            const error = (field: Parameters<typeof outcomeField>[1]) => problems.fields[outcomeField(i, field)];
            return (
              <fieldset key={row.key} className="outcome-row">
                <legend>{t('practices.adoption.outcome', { n })}</legend>
                <TextField
                  id={fieldId(outcomeField(i, 'label'))}
                  label={t('practices.adoption.outcomeLabel')}
                  error={error('label')}
                  required
                  maxLength={L.outcomeLabelMax}
                  value={row.label}
                  onChange={(e) => setRow(row.key, { label: e.target.value })}
                />
                <TextField
                  id={fieldId(outcomeField(i, 'value'))}
                  label={t('practices.adoption.outcomeValue')}
                  hint={t('practices.adoption.outcomeValueHint')}
                  error={error('value')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.value}
                  onChange={(e) => setRow(row.key, { value: e.target.value })}
                />
                <TextField
                  id={fieldId(outcomeField(i, 'unit'))}
                  label={t('practices.adoption.outcomeUnit')}
                  hint={t('practices.adoption.outcomeUnitHint')}
                  error={error('unit')}
                  required
                  maxLength={L.outcomeUnitMax}
                  value={row.unit}
                  onChange={(e) => setRow(row.key, { unit: e.target.value })}
                />
                <TextField
                  id={fieldId(outcomeField(i, 'asOf'))}
                  type="date"
                  label={t('practices.adoption.outcomeAsOf')}
                  error={error('asOf')}
                  required
                  max={today}
                  value={row.asOf}
                  onChange={(e) => setRow(row.key, { asOf: e.target.value })}
                />
                <TextField
                  id={fieldId(outcomeField(i, 'source'))}
                  label={t('practices.adoption.outcomeSource')}
                  error={error('source')}
                  maxLength={L.outcomeSourceMax}
                  value={row.source}
                  onChange={(e) => setRow(row.key, { source: e.target.value })}
                />
                <button type="button" className="button-secondary" onClick={() => removeRow(row.key)}>
                  {t('practices.adoption.removeOutcome', { n })}
                </button>
              </fieldset>
            );
          })}
          {values.outcomes.length < L.outcomesMax ? (
            <button type="button" id={addButtonId} className="button-secondary" onClick={addRow}>
              {t('practices.adoption.addOutcome')}
            </button>
          ) : (
            <p className="hint">{t('practices.adoption.outcomesFull', { max: L.outcomesMax })}</p>
          )}
        </fieldset>

        <div className="button-row">
          <button type="submit" disabled={saving} aria-busy={saving}>
            {saving ? t('common.saving') : adoption ? t('practices.adoption.submitUpdate') : t('practices.adoption.submitRecord')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
