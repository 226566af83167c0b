import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/index.js';
import { UserAdminResolver } from './user-admin.resolver.js';
import { UserAdminService } from './user-admin.service.js';

@Module({
  imports: [MunicipalitiesModule],
  providers: [UserAdminService, UserAdminResolver],
})
export class UsersModule {}
