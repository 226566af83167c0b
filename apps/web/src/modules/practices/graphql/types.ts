import type {
  AdoptionViewFieldsFragment,
  ComparePracticesQuery,
  OutcomeViewFieldsFragment,
  PracticeDetailQuery,
  PracticeListQuery,
  TopicViewFieldsFragment,
} from '../../../graphql/generated';

/** A card of the practice list (query `PracticeList`). */
export type PracticeListItem = PracticeListQuery['practices']['edges'][number]['node'];
/** The full practice of the detail and print pages (query `PracticeDetail`). */
export type PracticeDetail = PracticeDetailQuery['practice'];
/** One column of the comparison (query `ComparePractices`). */
export type ComparedPractice = ComparePracticesQuery['comparePractices'][number];
export type AdoptionView = AdoptionViewFieldsFragment;
export type OutcomeView = OutcomeViewFieldsFragment;
export type TopicView = TopicViewFieldsFragment;
