// The public face of the moderation feature: other features import from here only.
export { ModerationModule } from './moderation.module.js';
export { ModerationService } from './moderation.service.js';
