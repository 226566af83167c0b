// The public face of the practices feature: other features import from here only.
export { PracticesModule } from './practices.module.js';
export { PracticeService } from './practice.service.js';
export { PracticeRepository } from './practice.repository.js';
export { MarkdownText, Practice } from './practice.types.js';
export { PRACTICE_COLUMNS, type PracticeRow, toAttachment, toPractice } from './practice.repository.js';
export { hasPracticeRight } from './practice.policy.js';
export { publicContact } from './contact.js';
export { WorkStatusEnum } from './practice.enums.js';
