// The public face of the topics feature: other features import from here only.
export { Topic } from './topic.entity.js';
export { TopicsModule } from './topics.module.js';
