import { Module } from '@nestjs/common';
import { SiteInfoResolver } from './site-info.resolver.js';

@Module({ providers: [SiteInfoResolver] })
export class SiteModule {}
