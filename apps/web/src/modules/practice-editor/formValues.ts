import type { TFunction } from 'i18next';
import { LIMITS, PRACTICE_LIMITS as L } from '@praxisforum/domain';
import type { MunicipalityKind, MunicipalitySize, PartnerKind, UpdatePracticeInput, WorkStatus } from '../../graphql/generated';
import { formatNumber } from '../../ui/format';
import type { EditorPractice } from './graphql/types';
import { numberForInput, parseLocaleNumber } from './numbers';

/** Items of repeated fields carry a key of their own, so React keeps each row's DOM (and focus) when rows move. */
export interface TextItem {
  key: string;
  text: string;
}

export interface OutcomeItem {
  key: string;
  label: string;
  /** As typed ("1.234,5"); read with `parseLocaleNumber`. */
  value: string;
  unit: string;
  asOf: string;
  source: string;
}

export interface PartnerItem {
  key: string;
  kind: PartnerKind | '';
  name: string;
}

/** The editor's form: text as typed, numbers as strings until they are saved. */
export interface PracticeFormValues {
  title: string;
  summary: string;
  topicSlugs: string[];
  partnerMunicipalitySlugs: string[];
  targetGroups: TextItem[];
  workStatus: WorkStatus;
  periodStart: string;
  periodEnd: string;
  problem: string;
  approach: string;
  results: string;
  outcomes: OutcomeItem[];
  costOneOffEur: string;
  costYearlyEur: string;
  fundingSources: TextItem[];
  staffHoursPerMonth: string;
  partners: PartnerItem[];
  successFactors: string;
  obstacles: string;
  transferability: string;
  transferableKinds: MunicipalityKind[];
  transferableSizes: MunicipalitySize[];
  /** "Ich bin selbst Ansprechperson": the signed-in person is the contact. */
  contactSelf: boolean;
  /** Another registered person stored as contact; kept until someone else is entered. */
  contactOtherUserId: string | null;
  contactName: string;
  contactEmail: string;
  contactConsent: boolean;
  /** Only for published practices: what changed (kept with the revision). */
  revisionNote: string;
}

/** The long Markdown sections, in form order. */
export const TEXT_SECTIONS = ['problem', 'approach', 'results', 'successFactors', 'obstacles', 'transferability'] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

let nextKey = 0;
/** A key for a new row of a repeated field. */
export function newKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export const emptyOutcome = (): OutcomeItem => ({ key: newKey(), label: '', value: '', unit: '', asOf: '', source: '' });
export const emptyPartner = (): PartnerItem => ({ key: newKey(), kind: '', name: '' });
export const emptyText = (): TextItem => ({ key: newKey(), text: '' });

const texts = (list: readonly string[]): TextItem[] => list.map((text) => ({ key: newKey(), text }));

/** The form as the practice is stored; `meId` tells whether the signed-in person is the contact. */
export function valuesFromPractice(p: EditorPractice, meId: string, lng: string | undefined): PracticeFormValues {
  const contactUserId = p.contactDraft?.userId ?? null;
  return {
    title: p.title,
    summary: p.summary,
    topicSlugs: p.topics.map((topic) => topic.slug),
    partnerMunicipalitySlugs: p.partnerMunicipalities.map((m) => m.slug),
    targetGroups: texts(p.targetGroups),
    workStatus: p.workStatus,
    periodStart: p.periodStart ?? '',
    periodEnd: p.periodEnd ?? '',
    problem: p.problem.markdown,
    approach: p.approach.markdown,
    results: p.results.markdown,
    outcomes: p.outcomes.map((o) => ({
      key: newKey(),
      label: o.label,
      value: numberForInput(o.value, lng),
      unit: o.unit,
      asOf: o.asOf,
      source: o.source ?? '',
    })),
    costOneOffEur: numberForInput(p.costOneOffEur, lng),
    costYearlyEur: numberForInput(p.costYearlyEur, lng),
    fundingSources: texts(p.fundingSources),
    staffHoursPerMonth: numberForInput(p.staffHoursPerMonth, lng),
    partners: p.partners.map((partner) => ({ key: newKey(), kind: partner.kind, name: partner.name })),
    successFactors: p.successFactors.markdown,
    obstacles: p.obstacles.markdown,
    transferability: p.transferability.markdown,
    transferableKinds: [...p.transferableKinds],
    transferableSizes: [...p.transferableSizes],
    contactSelf: contactUserId !== null && contactUserId === meId,
    contactOtherUserId: contactUserId !== null && contactUserId !== meId ? contactUserId : null,
    contactName: p.contactDraft?.name ?? '',
    contactEmail: p.contactDraft?.email ?? '',
    contactConsent: p.contactDraft?.consent ?? false,
    revisionNote: '',
  };
}

const orNull = (text: string): string | null => text.trim() || null;
const nonEmpty = (items: readonly TextItem[]): string[] => items.map((i) => i.text.trim()).filter(Boolean);
const numberOrNull = (text: string, lng: string | undefined): number | null => {
  const value = parseLocaleNumber(text, lng);
  return value === undefined || Number.isNaN(value) ? null : value;
};

interface InputContext {
  id: string;
  version: number;
  meId: string;
  lng: string | undefined;
  /** Edits of a published practice carry the note for the revision. */
  published: boolean;
}

/**
 * The save input: a save replaces every editable field, so all of them are sent, with the version
 * the edit is based on. Call it only for values `validatePractice` accepts.
 */
export function toUpdateInput(values: PracticeFormValues, { id, version, meId, lng, published }: InputContext): UpdatePracticeInput {
  const name = orNull(values.contactName);
  const email = orNull(values.contactEmail);
  // One kind of contact at a time: me, the registered person already stored, or a name and e-mail.
  const contactUserId = values.contactSelf ? meId : !name && !email ? values.contactOtherUserId : null;
  const byName = !contactUserId;
  return {
    id,
    version,
    title: values.title.trim(),
    summary: values.summary.trim(),
    topicSlugs: values.topicSlugs,
    partnerMunicipalitySlugs: values.partnerMunicipalitySlugs,
    targetGroups: nonEmpty(values.targetGroups),
    workStatus: values.workStatus,
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
    problem: values.problem,
    approach: values.approach,
    results: values.results,
    outcomes: values.outcomes.map((o) => ({
      label: o.label.trim(),
      value: parseLocaleNumber(o.value, lng) ?? 0,
      unit: o.unit.trim(),
      asOf: o.asOf,
      source: orNull(o.source),
    })),
    costOneOffEur: numberOrNull(values.costOneOffEur, lng),
    costYearlyEur: numberOrNull(values.costYearlyEur, lng),
    fundingSources: nonEmpty(values.fundingSources),
    staffHoursPerMonth: numberOrNull(values.staffHoursPerMonth, lng),
    partners: values.partners.map((p) => ({ kind: p.kind || 'OTHER', name: p.name.trim() })),
    successFactors: values.successFactors,
    obstacles: values.obstacles,
    transferability: values.transferability,
    transferableKinds: values.transferableKinds,
    transferableSizes: values.transferableSizes,
    contactUserId,
    contactName: byName ? name : null,
    contactEmail: byName ? email : null,
    contactConsent: byName && values.contactConsent,
    revisionNote: published ? orNull(values.revisionNote) : null,
  };
}

/** Problems keyed like the API's `extensions.fields` (`title`, `outcomes.2.unit`), so both show alike. */
export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Berlin (YYYY-MM-DD), as the API judges "in the future". */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/**
 * The checks the API makes, with the shared limits, so problems show before a save is tried.
 * An empty result means the values can be saved (a draft may still lack sections: the API says
 * which on submission).
 */
export function validatePractice(t: TFunction, v: PracticeFormValues, lng: string | undefined, today = todayInBerlin()): FieldErrors {
  const errors: FieldErrors = {};
  const e = (key: string, options?: Record<string, unknown>) => t(`practiceEditor.errors.${key}`, options);
  const fmt = (n: number) => formatNumber(n, lng);
  const tooLong = (path: string, text: string, max: number) => {
    if (text.trim().length > max) errors[path] = e('tooLong', { max: fmt(max) });
  };
  const tooMany = (path: string, count: number, max: number) => {
    if (count > max) errors[path] = e('tooMany', { max: fmt(max) });
  };

  const title = v.title.trim();
  if (!title) errors.title = e('titleRequired');
  else if (title.length < L.titleMin || title.length > L.titleMax) errors.title = e('titleLength', { min: L.titleMin, max: L.titleMax });
  tooLong('summary', v.summary, L.summaryMax);
  tooMany('topicSlugs', v.topicSlugs.length, L.topicsMax);
  tooMany('partnerMunicipalitySlugs', v.partnerMunicipalitySlugs.length, L.partnerMunicipalitiesMax);
  tooMany('targetGroups', nonEmpty(v.targetGroups).length, L.targetGroupsMax);
  v.targetGroups.forEach((item, i) => tooLong(`targetGroups.${i}`, item.text, L.targetGroupMax));

  if (v.periodStart && !ISO_DATE.test(v.periodStart)) errors.periodStart = e('date');
  if (v.periodEnd && !ISO_DATE.test(v.periodEnd)) errors.periodEnd = e('date');
  else if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) errors.periodEnd = e('periodEndBeforeStart');

  for (const section of TEXT_SECTIONS) tooLong(section, v[section], L.sectionMax);

  tooMany('outcomes', v.outcomes.length, L.outcomesMax);
  v.outcomes.forEach((o, i) => {
    const path = (field: string) => `outcomes.${i}.${field}`;
    if (!o.label.trim()) errors[path('label')] = e('required');
    else tooLong(path('label'), o.label, L.outcomeLabelMax);
    const value = parseLocaleNumber(o.value, lng);
    if (value === undefined) errors[path('value')] = e('required');
    else if (Number.isNaN(value)) errors[path('value')] = e('number');
    else if (Math.abs(value) > L.outcomeValueMax) errors[path('value')] = e('numberRange', { max: fmt(L.outcomeValueMax) });
    if (!o.unit.trim()) errors[path('unit')] = e('unitRequired');
    else tooLong(path('unit'), o.unit, L.outcomeUnitMax);
    if (!o.asOf) errors[path('asOf')] = e('required');
    else if (!ISO_DATE.test(o.asOf)) errors[path('asOf')] = e('date');
    else if (o.asOf > today) errors[path('asOf')] = e('future');
    tooLong(path('source'), o.source, L.outcomeSourceMax);
  });

  for (const field of ['costOneOffEur', 'costYearlyEur'] as const) {
    const value = parseLocaleNumber(v[field], lng);
    if (value === undefined) continue;
    if (Number.isNaN(value)) errors[field] = e('number');
    else if (value < 0) errors[field] = e('negative');
    else if (!Number.isInteger(value)) errors[field] = e('wholeEuros');
    else if (value > L.costMaxEur) errors[field] = e('numberMax', { max: fmt(L.costMaxEur) });
  }
  tooMany('fundingSources', nonEmpty(v.fundingSources).length, L.fundingSourcesMax);
  v.fundingSources.forEach((item, i) => tooLong(`fundingSources.${i}`, item.text, L.fundingSourceMax));
  const hours = parseLocaleNumber(v.staffHoursPerMonth, lng);
  if (hours !== undefined) {
    if (Number.isNaN(hours)) errors.staffHoursPerMonth = e('number');
    else if (hours < 0) errors.staffHoursPerMonth = e('negative');
    else if (hours > L.staffHoursPerMonthMax) errors.staffHoursPerMonth = e('numberMax', { max: fmt(L.staffHoursPerMonthMax) });
    else if (Math.round(hours * 10) !== hours * 10) errors.staffHoursPerMonth = e('oneDecimal');
  }

  tooMany('partners', v.partners.length, L.partnersMax);
  v.partners.forEach((p, i) => {
    if (!p.kind) errors[`partners.${i}.kind`] = e('choose');
    if (!p.name.trim()) errors[`partners.${i}.name`] = e('required');
    else tooLong(`partners.${i}.name`, p.name, L.partnerNameMax);
  });

  if (!v.contactSelf) {
    const name = v.contactName.trim();
    const email = v.contactEmail.trim();
    tooLong('contactName', name, L.contactNameMax);
    if (email && (email.length > LIMITS.emailMax || !EMAIL.test(email))) errors.contactEmail = e('email');
    if (email && !name) errors.contactName = e('contactNameRequired');
  }
  tooLong('revisionNote', v.revisionNote, L.revisionNoteMax);
  return errors;
}

/**
 * Extra checks before the practice goes public (submission, publishing an edit): a contact given by
 * name and e-mail is only shown with the person's consent, so it must be confirmed.
 */
export function validateForPublication(t: TFunction, v: PracticeFormValues): FieldErrors {
  const byName = !v.contactSelf && (v.contactName.trim() || v.contactEmail.trim());
  return byName && !v.contactConsent ? { contactConsent: t('practiceEditor.errors.consent') } : {};
}
