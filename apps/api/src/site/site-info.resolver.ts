import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';

@ObjectType({ description: 'The operator of this instance, for Impressum and privacy notice (from configuration).' })
export class Operator {
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  street?: string;
  @Field(() => String, { nullable: true })
  postalCode?: string;
  @Field(() => String, { nullable: true })
  city?: string;
  @Field(() => String, { nullable: true })
  email?: string;
  @Field(() => String, { nullable: true })
  phone?: string;
  @Field(() => String, { nullable: true })
  representedBy?: string;
}

@ObjectType()
export class SiteInfo {
  @Field(() => Operator)
  operator: Operator;
  @Field(() => String, { nullable: true })
  dataProtectionOfficerEmail?: string;
  @Field(() => String, { nullable: true })
  accessibilityContactEmail?: string;
  @Field(() => String, { nullable: true })
  supervisoryAuthority?: string;
  @Field({ description: 'True when the instance shows example content (demo seed).' })
  isDemo: boolean;
}

@Resolver(() => SiteInfo)
export class SiteInfoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => SiteInfo)
  siteInfo(): SiteInfo {
    return {
      operator: this.config.operator,
      dataProtectionOfficerEmail: this.config.privacyOfficerEmail,
      accessibilityContactEmail: this.config.accessibilityContactEmail,
      supervisoryAuthority: this.config.supervisoryAuthority,
      isDemo: this.config.seedDemo,
    };
  }
}
