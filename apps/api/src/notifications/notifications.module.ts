import { Module } from '@nestjs/common';
import { DigestService } from './digest.service.js';
import { MunicipalityFollowResolver, TopicFollowResolver } from './follow-level.resolver.js';
import { FollowService } from './follow.service.js';
import { NotificationFanout } from './notification-fanout.service.js';
import { NotificationMails } from './notification-mail.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/** Follows, notifications (fan-out from domain events), notification e-mails and digests, unsubscribe. */
@Module({
  controllers: [UnsubscribeController],
  providers: [NotificationService, FollowService, NotificationFanout, NotificationMails, DigestService, NotificationResolver, TopicFollowResolver, MunicipalityFollowResolver],
  exports: [NotificationService, FollowService],
})
export class NotificationsModule {}
