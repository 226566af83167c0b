import { Module } from '@nestjs/common';
import { DevMailboxResolver } from './dev-mailbox.resolver.js';

@Module({ providers: [DevMailboxResolver] })
export class DevMailboxModule {}
