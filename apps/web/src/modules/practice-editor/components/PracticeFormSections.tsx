import { memo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { kindLabel } from '../../municipalities/labels';
import type { FieldErrors, PracticeFormValues } from '../formValues';
import type { EditorPractice, EditorTopic } from '../graphql/types';
import { fieldDomId, MUNICIPALITY_KINDS, SIZES, sizeLabel, topicName, WORK_STATUSES, workStatusLabel } from '../labels';
import { ContactFields } from './ContactFields';
import { CharacterCount, CheckboxGroup, EditorField, EditorTextField, FieldGroup } from './fields';
import { MarkdownField } from './MarkdownField';
import { OutcomesField } from './OutcomesField';
import { PartnerMunicipalitiesField } from './PartnerMunicipalitiesField';
import { PartnersField } from './PartnersField';
import { TextListField } from './TextListField';

/** The form's sections in order; the table of contents and the form follow it. */
export const FORM_SECTIONS = [
  'basics',
  'problem',
  'approach',
  'results',
  'costs',
  'partners',
  'successFactors',
  'obstacles',
  'transferability',
  'contact',
] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

export const sectionDomId = (section: string) => `section-${section}`;

/** A section of the form: a group named by its h2, reachable from the table of contents. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset id={sectionDomId(id)} className="editor-section" tabIndex={-1}>
      <legend>
        <h2>{title}</h2>
      </legend>
      {children}
    </fieldset>
  );
}

interface Props {
  values: PracticeFormValues;
  update: (patch: Partial<PracticeFormValues>) => void;
  errors: FieldErrors;
  practice: EditorPractice;
  topics: readonly EditorTopic[];
  myName: string;
}

/** Whether two sets of field problems say the same. */
function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * A section re-renders only when its own fields, the problems shown or the stored practice change:
 * typing in one field of this long form must not render every other section again.
 */
function section(Component: ComponentType<Props>, fields: readonly (keyof PracticeFormValues)[]) {
  return memo(
    Component,
    (prev, next) =>
      fields.every((field) => prev.values[field] === next.values[field]) &&
      sameErrors(prev.errors, next.errors) &&
      prev.update === next.update &&
      prev.practice === next.practice &&
      prev.topics === next.topics &&
      prev.myName === next.myName,
  );
}

function useSectionText() {
  const { t, i18n } = useTranslation();
  return {
    t,
    lng: i18n.resolvedLanguage,
    label: (field: string) => t(`practiceEditor.fields.${field}`),
    title: (key: FormSection) => t(`practiceEditor.sections.${key}`),
  };
}

const BasicsSection = section(function BasicsSection({ values, update, errors, practice, topics }: Props) {
  const { t, lng, label, title } = useSectionText();
  return (
    <Section id="basics" title={title('basics')}>
      <EditorTextField
        id={fieldDomId('title')}
        label={label('title')}
        hint={t('practiceEditor.basics.titleHint', { min: L.titleMin, max: L.titleMax })}
        need="required"
        maxLength={L.titleMax}
        error={errors.title}
        value={values.title}
        onChange={(e) => update({ title: e.target.value })}
      />
      <EditorField
        id={fieldDomId('summary')}
        label={label('summary')}
        need="publication"
        error={errors.summary}
        hint={
          <>
            {t('practiceEditor.basics.summaryHint')} <CharacterCount length={values.summary.length} max={L.summaryMax} />
          </>
        }
      >
        {(control) => (
          <textarea {...control} rows={4} maxLength={L.summaryMax} value={values.summary} onChange={(e) => update({ summary: e.target.value })} />
        )}
      </EditorField>
      <CheckboxGroup
        id={fieldDomId('topicSlugs')}
        legend={label('topicSlugs')}
        hint={t('practiceEditor.basics.topicsHint', { max: L.topicsMax })}
        need="publication"
        error={errors.topicSlugs}
        options={topics.map((topic) => ({ value: topic.slug, label: topicName(topic, lng) }))}
        selected={values.topicSlugs}
        onChange={(topicSlugs) => update({ topicSlugs })}
      />
      <PartnerMunicipalitiesField
        selected={values.partnerMunicipalitySlugs}
        onChange={(partnerMunicipalitySlugs) => update({ partnerMunicipalitySlugs })}
        stored={practice.partnerMunicipalities}
        ownerSlug={practice.municipality.slug}
        error={errors.partnerMunicipalitySlugs}
      />
      <TextListField
        path="targetGroups"
        legend={label('targetGroups')}
        hint={t('practiceEditor.basics.targetGroupsHint', { max: L.targetGroupsMax })}
        itemLabel={(number) => t('practiceEditor.items.targetGroups', { number })}
        addLabel={t('practiceEditor.basics.addTargetGroup')}
        items={values.targetGroups}
        onChange={(targetGroups) => update({ targetGroups })}
        maxItems={L.targetGroupsMax}
        maxLength={L.targetGroupMax}
        errors={errors}
      />
      <EditorField id={fieldDomId('workStatus')} label={label('workStatus')} need="required" error={errors.workStatus}>
        {(control) => (
          <select
            {...control}
            value={values.workStatus}
            onChange={(e) => update({ workStatus: WORK_STATUSES.find((s) => s === e.target.value) ?? values.workStatus })}
          >
            {WORK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {workStatusLabel(t, status)}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <FieldGroup id={fieldDomId('period')} legend={t('practiceEditor.basics.period')} hint={t('practiceEditor.basics.periodHint')}>
        <div className="field-row">
          <EditorTextField
            id={fieldDomId('periodStart')}
            type="date"
            label={label('periodStart')}
            error={errors.periodStart}
            value={values.periodStart}
            onChange={(e) => update({ periodStart: e.target.value })}
          />
          <EditorTextField
            id={fieldDomId('periodEnd')}
            type="date"
            label={label('periodEnd')}
            min={values.periodStart || undefined}
            error={errors.periodEnd}
            value={values.periodEnd}
            onChange={(e) => update({ periodEnd: e.target.value })}
          />
        </div>
      </FieldGroup>
    </Section>
  );
}, ['title', 'summary', 'topicSlugs', 'partnerMunicipalitySlugs', 'targetGroups', 'workStatus', 'periodStart', 'periodEnd']);

const ProblemSection = section(function ProblemSection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="problem" title={title('problem')}>
      <MarkdownField
        id={fieldDomId('problem')}
        label={label('problem')}
        hint={t('practiceEditor.hints.problem')}
        need="publication"
        max={L.sectionMax}
        error={errors.problem}
        value={values.problem}
        onChange={(problem) => update({ problem })}
      />
    </Section>
  );
}, ['problem']);

const ApproachSection = section(function ApproachSection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="approach" title={title('approach')}>
      <MarkdownField
        id={fieldDomId('approach')}
        label={label('approach')}
        hint={t('practiceEditor.hints.approach')}
        need="publication"
        max={L.sectionMax}
        error={errors.approach}
        value={values.approach}
        onChange={(approach) => update({ approach })}
      />
    </Section>
  );
}, ['approach']);

const ResultsSection = section(function ResultsSection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="results" title={title('results')}>
      <MarkdownField
        id={fieldDomId('results')}
        label={label('results')}
        hint={t('practiceEditor.hints.results')}
        need="publication"
        max={L.sectionMax}
        error={errors.results}
        value={values.results}
        onChange={(results) => update({ results })}
      />
      <OutcomesField items={values.outcomes} onChange={(outcomes) => update({ outcomes })} errors={errors} />
    </Section>
  );
}, ['results', 'outcomes']);

const CostsSection = section(function CostsSection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="costs" title={title('costs')}>
      <p className="hint">{t('practiceEditor.costs.intro')}</p>
      <div className="field-row">
        <EditorTextField
          id={fieldDomId('costOneOffEur')}
          label={label('costOneOffEur')}
          hint={t('practiceEditor.costs.euroHint')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.costOneOffEur}
          value={values.costOneOffEur}
          onChange={(e) => update({ costOneOffEur: e.target.value })}
        />
        <EditorTextField
          id={fieldDomId('costYearlyEur')}
          label={label('costYearlyEur')}
          hint={t('practiceEditor.costs.euroHint')}
          inputMode="numeric"
          autoComplete="off"
          error={errors.costYearlyEur}
          value={values.costYearlyEur}
          onChange={(e) => update({ costYearlyEur: e.target.value })}
        />
      </div>
      <TextListField
        path="fundingSources"
        legend={label('fundingSources')}
        hint={t('practiceEditor.costs.fundingHint', { max: L.fundingSourcesMax })}
        itemLabel={(number) => t('practiceEditor.items.fundingSources', { number })}
        addLabel={t('practiceEditor.costs.addFundingSource')}
        items={values.fundingSources}
        onChange={(fundingSources) => update({ fundingSources })}
        maxItems={L.fundingSourcesMax}
        maxLength={L.fundingSourceMax}
        errors={errors}
      />
      <EditorTextField
        id={fieldDomId('staffHoursPerMonth')}
        label={label('staffHoursPerMonth')}
        hint={t('practiceEditor.costs.hoursHint')}
        inputMode="decimal"
        autoComplete="off"
        error={errors.staffHoursPerMonth}
        value={values.staffHoursPerMonth}
        onChange={(e) => update({ staffHoursPerMonth: e.target.value })}
      />
    </Section>
  );
}, ['costOneOffEur', 'costYearlyEur', 'fundingSources', 'staffHoursPerMonth']);

const PartnersSection = section(function PartnersSection({ values, update, errors }: Props) {
  const { title } = useSectionText();
  return (
    <Section id="partners" title={title('partners')}>
      <PartnersField items={values.partners} onChange={(partners) => update({ partners })} errors={errors} />
    </Section>
  );
}, ['partners']);

const SuccessFactorsSection = section(function SuccessFactorsSection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="successFactors" title={title('successFactors')}>
      <MarkdownField
        id={fieldDomId('successFactors')}
        label={label('successFactors')}
        hint={t('practiceEditor.hints.successFactors')}
        max={L.sectionMax}
        error={errors.successFactors}
        value={values.successFactors}
        onChange={(successFactors) => update({ successFactors })}
      />
    </Section>
  );
}, ['successFactors']);

const ObstaclesSection = section(function ObstaclesSection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="obstacles" title={title('obstacles')}>
      <MarkdownField
        id={fieldDomId('obstacles')}
        label={label('obstacles')}
        hint={t('practiceEditor.hints.obstacles')}
        max={L.sectionMax}
        error={errors.obstacles}
        value={values.obstacles}
        onChange={(obstacles) => update({ obstacles })}
      />
    </Section>
  );
}, ['obstacles']);

const TransferabilitySection = section(function TransferabilitySection({ values, update, errors }: Props) {
  const { t, label, title } = useSectionText();
  return (
    <Section id="transferability" title={title('transferability')}>
      <MarkdownField
        id={fieldDomId('transferability')}
        label={label('transferability')}
        hint={t('practiceEditor.hints.transferability')}
        need="publication"
        max={L.sectionMax}
        error={errors.transferability}
        value={values.transferability}
        onChange={(transferability) => update({ transferability })}
      />
      <CheckboxGroup
        id={fieldDomId('transferableKinds')}
        legend={label('transferableKinds')}
        error={errors.transferableKinds}
        options={MUNICIPALITY_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
        selected={values.transferableKinds}
        onChange={(transferableKinds) => update({ transferableKinds })}
      />
      <CheckboxGroup
        id={fieldDomId('transferableSizes')}
        legend={label('transferableSizes')}
        error={errors.transferableSizes}
        options={SIZES.map((size) => ({ value: size, label: sizeLabel(t, size) }))}
        selected={values.transferableSizes}
        onChange={(transferableSizes) => update({ transferableSizes })}
      />
    </Section>
  );
}, ['transferability', 'transferableKinds', 'transferableSizes']);

const ContactSection = section(function ContactSection({ values, update, errors, practice, myName }: Props) {
  const { t, title } = useSectionText();
  return (
    <Section id="contact" title={title('contact')}>
      <p className="hint">{t('practiceEditor.contact.intro')}</p>
      <ContactFields
        values={values}
        onChange={update}
        errors={errors}
        myName={myName}
        otherUserName={practice.contactDraft?.userId === values.contactOtherUserId ? (practice.contactDraft?.userName ?? null) : null}
      />
    </Section>
  );
}, ['contactSelf', 'contactOtherUserId', 'contactName', 'contactEmail', 'contactConsent']);

/** Every editable field of a practice, grouped into the sections of the public page. */
export function PracticeFormSections(props: Props) {
  return (
    <>
      <BasicsSection {...props} />
      <ProblemSection {...props} />
      <ApproachSection {...props} />
      <ResultsSection {...props} />
      <CostsSection {...props} />
      <PartnersSection {...props} />
      <SuccessFactorsSection {...props} />
      <ObstaclesSection {...props} />
      <TransferabilitySection {...props} />
      <ContactSection {...props} />
    </>
  );
}
