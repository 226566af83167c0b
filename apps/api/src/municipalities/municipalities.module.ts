import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Municipality } from './municipality.entity.js';
import { MunicipalityResolver } from './municipality.resolver.js';
import { MunicipalityService } from './municipality.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Municipality])],
  providers: [MunicipalityService, MunicipalityResolver],
  exports: [MunicipalityService],
})
export class MunicipalitiesModule {}
