import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';
import type { AdoptionKind, MunicipalitySize, PartnerKind, PracticeState, WorkStatus } from '../../graphql/generated';
import type { TopicView } from './graphql/types';

/** Accepts the API's enum (RUNNING) and the URL's lowercase form (running). */
export function workStatusLabel(t: TFunction, status: WorkStatus | Lowercase<WorkStatus>): string {
  return t(`practices.workStatus.${status.toUpperCase()}`);
}

export function stateLabel(t: TFunction, state: PracticeState): string {
  return t(`practices.state.${state}`);
}

export function partnerKindLabel(t: TFunction, kind: PartnerKind): string {
  return t(`practices.partnerKind.${kind}`);
}

export function sizeLabel(t: TFunction, size: MunicipalitySize): string {
  return t(`practices.size.${size}`);
}

export function adoptionKindLabel(t: TFunction, kind: AdoptionKind): string {
  return t(`practices.adoptionKind.${kind}`);
}

/** Topics carry both names; show the one of the UI language. */
export function topicName(topic: Pick<TopicView, 'nameDe' | 'nameEn'>, lng: string | undefined): string {
  return currentLanguage(lng) === 'en' ? topic.nameEn : topic.nameDe;
}
