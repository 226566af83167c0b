import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/index.js';
import { AccountExportController } from './account-export.controller.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { User } from './user.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), MunicipalitiesModule],
  providers: [AccountsService, AccountsResolver],
  controllers: [AccountExportController],
  exports: [AccountsService],
})
export class AccountsModule {}
