import { ADOPTION_KINDS, MUNICIPALITY_SIZES, PARTNER_KINDS, PRACTICE_STATES, WORK_STATUSES } from '@praxisforum/domain';
import { registerEnumType } from '@nestjs/graphql';
import { registerDomainEnum } from '../core/graphql/input-transforms.js';

export const PracticeStateEnum = registerDomainEnum(PRACTICE_STATES, 'PracticeState', 'Editorial state: draft → in review → published → archived.');
export const WorkStatusEnum = registerDomainEnum(WORK_STATUSES, 'WorkStatus', 'How far the work itself has come.');
export const PartnerKindEnum = registerDomainEnum(PARTNER_KINDS, 'PartnerKind', 'Kind of partner named in a practice.');
export const MunicipalitySizeEnum = registerDomainEnum(
  MUNICIPALITY_SIZES,
  'MunicipalitySize',
  'Size class: SMALL < 5,000 inhabitants, MEDIUM 5,000–20,000, LARGE 20,000–100,000, CITY > 100,000.',
);
export const AdoptionKindEnum = registerDomainEnum(ADOPTION_KINDS, 'AdoptionKind', 'Taken over as it was (ADOPTED) or changed (ADAPTED).');

export const PracticeSort = { NEWEST: 'newest', UPDATED: 'updated', MOST_ADOPTED: 'most_adopted' } as const;
export type PracticeSort = (typeof PracticeSort)[keyof typeof PracticeSort];
registerEnumType(PracticeSort, {
  name: 'PracticeSort',
  description: 'NEWEST: first published; UPDATED: recently changed; MOST_ADOPTED: most adoptions elsewhere.',
});
