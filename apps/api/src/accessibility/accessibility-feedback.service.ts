import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { AccessibilityFeedback } from './accessibility-feedback.entity.js';
import { type AccessibilityFeedbackInput } from './dto/submit-accessibility-feedback.input.js';

@Injectable()
export class AccessibilityFeedbackService {
  constructor(@InjectRepository(AccessibilityFeedback) private readonly feedback: Repository<AccessibilityFeedback>) {}

  /** Anyone may send feedback (BITV requires a barrier-free way to report barriers). Listing it is for admins (identity issue). */
  submit(input: AccessibilityFeedbackInput): Promise<AccessibilityFeedback> {
    return this.feedback.save(
      this.feedback.create({ message: input.message, name: input.name ?? null, email: input.email ?? null, pageUrl: input.pageUrl ?? null }),
    );
  }
}
