import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/index.js';
import { AdoptionResolver, MunicipalityPracticesResolver } from './adoption.resolver.js';
import { AdoptionService } from './adoption.service.js';
import { AttachmentController } from './attachment.controller.js';
import { AttachmentService } from './attachment.service.js';
import { AttachmentStore } from './attachment.store.js';
import { PracticeRepository } from './practice.repository.js';
import { PracticeResolver } from './practice.resolver.js';
import { PracticeService } from './practice.service.js';

@Module({
  imports: [MunicipalitiesModule],
  controllers: [AttachmentController],
  providers: [PracticeRepository, PracticeService, AdoptionService, AttachmentService, AttachmentStore, PracticeResolver, AdoptionResolver, MunicipalityPracticesResolver],
  exports: [PracticeService, PracticeRepository],
})
export class PracticesModule {}
