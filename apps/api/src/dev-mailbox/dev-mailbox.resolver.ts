import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { authorize } from '../core/auth/policy.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { MAILER, type Mailer } from '../mail/mailer.js';

@ObjectType({ description: 'A mail the platform wrote while no SMTP server was configured.' })
export class DevMail {
  @Field(() => ID)
  id: string;
  @Field()
  to: string;
  @Field()
  subject: string;
  @Field()
  text: string;
  @Field()
  template: string;
  @Field()
  createdAt: string;
}

/** Lets admins read the mails of the embedded default (sign-up links etc.) in the browser. */
@Resolver()
export class DevMailboxResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  @Query(() => Boolean, { description: 'True when mails are not sent but kept for the dev mailbox.' })
  devMailboxEnabled() {
    return !this.mailer.delivers;
  }

  @Query(() => [DevMail], { description: 'Newest mails first (admins; empty when SMTP is configured).' })
  async devMailbox(@Args('first', { type: () => Int, defaultValue: 20 }) first: number, @Context() ctx: RequestContext): Promise<DevMail[]> {
    authorize(ctx.viewer, 'mailbox:read');
    if (this.mailer.delivers) return [];
    const rows = await this.dataSource.query<{ id: string; payload: { to: string; subject: string; text: string; template: string }; created_at: Date }[]>(
      `SELECT id, payload, created_at FROM outbox WHERE kind = 'email' ORDER BY created_at DESC, id LIMIT $1`,
      [Math.min(Math.max(first, 1), 100)],
    );
    return rows.map((r) => ({ id: r.id, ...r.payload, createdAt: new Date(r.created_at).toISOString() }));
  }
}
