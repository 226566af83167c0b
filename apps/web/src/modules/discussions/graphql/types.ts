import type {
  PersonFieldsFragment,
  PostFieldsFragment,
  SpaceFieldsFragment,
  ThreadListFieldsFragment,
  ThreadPageQuery,
} from '../../../graphql/generated';

export type PersonRef = PersonFieldsFragment;
export type SpaceView = SpaceFieldsFragment;
export type ThreadListItem = ThreadListFieldsFragment;
export type PostView = PostFieldsFragment;
export type ThreadView = NonNullable<ThreadPageQuery['thread']>;
