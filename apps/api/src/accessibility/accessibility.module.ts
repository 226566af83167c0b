import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessibilityFeedback } from './accessibility-feedback.entity.js';
import { AccessibilityFeedbackResolver } from './accessibility-feedback.resolver.js';
import { AccessibilityFeedbackService } from './accessibility-feedback.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AccessibilityFeedback])],
  providers: [AccessibilityFeedbackService, AccessibilityFeedbackResolver],
})
export class AccessibilityModule {}
