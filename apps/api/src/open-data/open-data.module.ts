import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller.js';
import { OpenDataService } from './open-data.service.js';

/** Read-only exports of practices: JSON of one practice, open-data CSV/JSON, the Atom feed. */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataService],
})
export class OpenDataModule {}
