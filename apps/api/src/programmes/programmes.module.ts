import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/index.js';
import { Programme } from './programme.entity.js';
import { MunicipalityProgrammesResolver, ProgrammeResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Programme]), MunicipalitiesModule],
  providers: [ProgrammeService, ProgrammeResolver, MunicipalityProgrammesResolver],
})
export class ProgrammesModule {}
