import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/index.js';
import { MunicipalitiesModule } from '../municipalities/index.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [AccountsModule, MunicipalitiesModule],
  providers: [InvitationsService, InvitationsResolver],
})
export class InvitationsModule {}
