// The public face of the discussions feature: other features import from here only.
export { DiscussionsModule } from './discussions.module.js';
export { DiscussionService, scopeOf, toPost, toSpace, toThread } from './discussion.service.js';
export { DiscussionRepository, SPACE_COLUMNS, SPACE_JOINS, type PostRow, type SpaceRow, type ThreadRow, type ViewerScope } from './discussion.repository.js';
export { Post, PostConnection, PersonRef, Space, Thread, ThreadConnection, PostAbilities, ThreadAbilities } from './discussion.types.js';
export { SpaceTypeEnum, ThreadKindEnum, WatchLevelEnum } from './discussion.enums.js';
export { isModerator, seesHiddenContent } from './discussion.policy.js';
export { SpaceInput } from './dto/discussion.inputs.js';
export { cookPost, excerptOf } from './cook.js';
