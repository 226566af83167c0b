import type { TFunction } from 'i18next';
import type { MunicipalityKind, MunicipalitySize, PartnerKind, PracticeState, WorkStatus } from '../../graphql/generated';
import type { EditorTopic } from './graphql/types';

export const WORK_STATUSES: readonly WorkStatus[] = ['IDEA', 'PILOT', 'RUNNING', 'COMPLETED', 'DISCONTINUED'];
export const PARTNER_KINDS: readonly PartnerKind[] = ['POLITICS', 'ADMINISTRATION', 'CIVIL_SOCIETY', 'MIGRANT_ORGANISATION', 'OTHER'];
export const SIZES: readonly MunicipalitySize[] = ['SMALL', 'MEDIUM', 'LARGE', 'CITY'];
export const PRACTICE_STATES: readonly PracticeState[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

export const stateLabel = (t: TFunction, state: PracticeState) => t(`practices.state.${state}`);
export const workStatusLabel = (t: TFunction, status: WorkStatus) => t(`practices.workStatus.${status}`);
export const partnerKindLabel = (t: TFunction, kind: PartnerKind) => t(`practices.partnerKind.${kind}`);
export const sizeLabel = (t: TFunction, size: MunicipalitySize) => t(`practices.size.${size}`);

/** A required section (`extensions.missing`) by its shared label. */
export const sectionLabel = (t: TFunction, section: string) => t(`practices.section.${section}`, { defaultValue: section });

export function topicName(topic: Pick<EditorTopic, 'nameDe' | 'nameEn'>, lng: string | undefined): string {
  return lng === 'en' ? topic.nameEn : topic.nameDe;
}

/**
 * The label of a field path as the API names it (`title`, `outcomes.2.unit`, `topicSlugs`), for
 * the error summary: "Ergebnis 3 – Einheit". Unknown paths fall back to the path itself.
 */
export function fieldLabel(t: TFunction, path: string): string {
  const [field, index, sub] = path.split('.');
  const base = t(`practiceEditor.fields.${field}`, { defaultValue: field });
  if (index === undefined || !/^\d+$/.test(index)) return base;
  const item = t(`practiceEditor.items.${field}`, { number: Number(index) + 1, defaultValue: `${base} ${Number(index) + 1}` });
  return sub ? `${item} – ${t(`practiceEditor.fields.${field}_${sub}`, { defaultValue: sub })}` : item;
}

/** The id of the control a field path points at, so summaries and server errors can link to it. */
export function fieldDomId(path: string): string {
  return `practice-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export const MUNICIPALITY_KINDS: readonly MunicipalityKind[] = ['TOWN', 'MUNICIPALITY', 'DISTRICT', 'CITY_DISTRICT', 'ASSOCIATION', 'JOINT_PROJECT'];
