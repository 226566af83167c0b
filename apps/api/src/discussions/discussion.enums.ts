import { SPACE_TYPES, THREAD_KINDS, WATCH_LEVELS } from '@praxisforum/domain';
import { registerDomainEnum } from '../core/graphql/input-transforms.js';

export const SpaceTypeEnum = registerDomainEnum(SPACE_TYPES, 'SpaceType', 'Where a thread lives: a topic, a programme or one practice.');
export const ThreadKindEnum = registerDomainEnum(THREAD_KINDS, 'ThreadKind', 'A question can have an accepted answer; a discussion cannot.');
export const WatchLevelEnum = registerDomainEnum(WATCH_LEVELS, 'WatchLevel', 'How closely someone follows: watching (everything), normal (what concerns them), muted (nothing).');
