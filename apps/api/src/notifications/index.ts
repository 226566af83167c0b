// The public face of the notifications feature: other features import from here only.
export { NotificationsModule } from './notifications.module.js';
export { NotificationService } from './notification.service.js';
export { FollowService } from './follow.service.js';
